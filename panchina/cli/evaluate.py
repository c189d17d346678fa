"""`panchina evaluate`: precision/recall/F1 against a gold folder."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from panchina.cli.common import Format, FormatOption, emit, out, run


def evaluate_cli(
    folder: Annotated[str, typer.Argument(help="A folder with articles and gold.jsonl.")],
    fmt: FormatOption = Format.table,
    confusion: Annotated[
        int, typer.Option(help="How many misses and false positives to list.")
    ] = 30,
) -> None:
    """Score extraction against a gold folder (matching rules: see README, Evaluation).

    Examples:

        panchina evaluate corpus/it/test
        panchina evaluate corpus/it/dev --format json > dev.json
    """
    from panchina.evaluate import evaluate

    report = run(lambda: evaluate(folder))
    if fmt is Format.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    rows = [dict(what="events (all)", **report["events"])]
    rows += [dict(what=f"  {t}", **s) for t, s in report["events_by_type"].items()]
    rows.append(dict(what="stints", **report["stints"]))
    emit(
        rows,
        ["what", "precision", "recall", "f1", "tp", "fp", "fn"],
        fmt,
        f"{report['articles']} articles in {folder}",
    )
    if fmt is not Format.table:
        return
    for key in (
        "status_accuracy",
        "replaces_accuracy",
        "date_accuracy",
        "position_accuracy",
        "stint_start_accuracy",
        "stint_end_accuracy",
        "false_official",
    ):
        out.print(f"{key}: {report[key]}")
    for item in report["confusion"][:confusion]:
        detail = {k: v for k, v in item.items() if k not in ("file", "kind")}
        out.print(
            f"{item['file']} {item['kind']}: {json.dumps(detail, ensure_ascii=False)}",
            highlight=False,
            markup=False,
        )
    for failure in report["failures"]:
        out.print(f"failed: {failure}", markup=False)
