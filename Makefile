# Panchina: `make demo` runs the main job on the bundled examples, `make test` runs the tests.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint bench evaluate clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: install
	rm -f panchina.db
	$(BIN)/panchina ingest examples/ --db panchina.db
	$(BIN)/panchina changes --db panchina.db

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check panchina tests benchmarks

bench: install
	$(BIN)/panchina bench

evaluate: install
	$(BIN)/panchina evaluate corpus/it/dev
	$(BIN)/panchina evaluate corpus/it/test

clean:
	rm -rf $(VENV) panchina.db *.egg-info
