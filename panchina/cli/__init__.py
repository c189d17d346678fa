"""The command line: a Typer app whose commands call `panchina.api`."""
