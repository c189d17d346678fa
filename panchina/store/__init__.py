"""Storage stage: the SQLite file holding per-document facts and the fused record.

This package is the only importer of sqlite3; every other stage hands it dataclasses.
"""

from panchina.store.db import SCHEMA_VERSION, FusionInput, Store

__all__ = ["SCHEMA_VERSION", "FusionInput", "Store"]
