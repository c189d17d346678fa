"""Shared fixtures: the pipeline objects are built once per session (they load lookup tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "ascoli-carrera.txt"


@pytest.fixture(scope="session")
def nlp():
    from panchina.analyse.nlp import get_nlp

    return get_nlp("it")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("shared/seed is not beside this checkout")
    return SEED


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
