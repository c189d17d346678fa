"""Find, read and validate a language pack (`panchina/data/<lang>/*.toml`).

A pack is a folder of TOML files; each file is one kind of knowledge (dates, cues, triggers,
nicknames...). The loader refuses empty lists and duplicate entries, because an empty
vocabulary matches nothing silently and a duplicate hides a review mistake; errors name the file
and the key so a data change that breaks the pack is caught by a test, not at run time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from panchina.errors import LanguageDataError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class LangPack:
    """A loaded language pack: `pack["dates"]` is the parsed `dates.toml`."""

    code: str
    path: Path
    files: dict[str, dict[str, Any]]

    def __getitem__(self, name: str) -> dict[str, Any]:
        try:
            return self.files[name]
        except KeyError:
            raise LanguageDataError(f"language pack {self.code!r} has no {name}.toml") from None

    def get(self, name: str, default: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.files.get(name, default or {})


def _check(value: Any, where: str) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            _check(sub, f"{where}.{key}")
    elif isinstance(value, list):
        if not value:
            raise LanguageDataError(f"{where}: empty list (it would match nothing)")
        seen: set[str] = set()
        for item in value:
            if isinstance(item, str):
                k = item.casefold()
                if k in seen:
                    raise LanguageDataError(f"{where}: duplicate entry {item!r}")
                seen.add(k)
            else:
                _check(item, where)


@cache
def load_pack(code: str = "it") -> LangPack:
    """Load and validate the pack for language `code` (cached per process)."""
    folder = DATA_DIR / code
    if not folder.is_dir():
        raise LanguageDataError(f"no language pack for {code!r} (looked in {folder})")
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise LanguageDataError(f"{path.name}: {err}") from None
        _check(data, path.name)
        files[path.stem] = data
    return LangPack(code, folder, files)
