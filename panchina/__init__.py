"""Panchina: evidence-linked records of football coaching changes, read from Italian news.

    import panchina
    result = panchina.extraction(text, published="2024-03-12")
    report = panchina.ingest(["articles/"], db="panchina.db")

The API lives in `panchina.api`; its names are re-exported here on first use, so importing a
submodule (models, a pipeline stage) does not load the whole pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = (
    "IngestReport",
    "Result",
    "changes",
    "club_history",
    "coach_career",
    "export",
    "extract",
    "ingest",
    "show",
    "process",
)

if TYPE_CHECKING:
    from panchina.api import (  # noqa: F401 - names for type checkers
        IngestReport,
        Result,
        changes,
        club_history,
        coach_career,
        export,
        extract,
        ingest,
        process,
        show,
    )


def __getattr__(name: str) -> Any:
    if name in _API:
        from panchina import api

        return getattr(api, name)
    raise AttributeError(f"module 'panchina' has no attribute {name!r}")


__all__ = ["__version__", *_API]
