"""`panchina bench`: throughput per core, peak memory, and the ratio to bare tokenization."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from panchina.cli.common import Format, FormatOption, emit, run


def bench_cli(
    docs: Annotated[int, typer.Option(help="Documents per input kind.")] = 400,
    corpus: Annotated[
        str | None,
        typer.Option(
            help="Folder of .txt articles to cycle through [default: the bundled examples]."
        ),
    ] = None,
    memory: Annotated[
        bool,
        typer.Option(
            help="Also ingest 1,000 and 10,000 documents into a "
            "temporary database and report peak memory."
        ),
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Measure documents/second/core for text and HTML input, peak memory, and the ratio to
    bare spaCy tokenization of the same documents in the same run.

    Examples:

        panchina bench
        panchina bench --docs 1000 --format json
        panchina bench --memory
    """
    from panchina.bench import run_bench

    result = run(lambda: run_bench(docs=docs, corpus=corpus, memory=memory))
    if fmt is Format.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    rows = [
        {
            "input": kind,
            "docs": result[kind]["docs"],
            "docs_per_s_per_core": result[kind]["docs_per_s_per_core"],
            "tokenizer_docs_per_s": result[kind]["tokenizer_docs_per_s"],
            "ratio_to_tokenizer": result[kind]["ratio_to_tokenizer"],
        }
        for kind in ("text", "html")
    ]
    emit(rows, list(rows[0]), fmt, "panchina bench")
    extra = {k: v for k, v in result.items() if k not in ("text", "html")}
    emit([extra], list(extra), fmt)
