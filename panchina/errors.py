"""User-facing errors: one exception tree, one line each, mapped to exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # including a batch where some inputs failed (the rest landed)
    USAGE = 2


class PanchinaError(Exception):
    """An expected failure with a message fit for a user; never shown as a traceback."""

    exit_code = ExitCode.ERROR


class SourceReadError(PanchinaError):
    """An input file or record that cannot be turned into a document."""


class LanguageDataError(PanchinaError):
    """A language pack file is missing, malformed or inconsistent."""


class DatabaseError(PanchinaError):
    """The database file is not a Panchina database, or has an unknown schema version."""


class UsageError(PanchinaError):
    exit_code = ExitCode.USAGE


class NotFoundError(PanchinaError):
    """A requested event, club or coach is not in the database."""
