# Two commands for a new user: `make run` and `make test`.
# Each creates .venv with python3 -m venv and installs the project first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint types pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

## make run: set up, load data/articles, start the bot (or the console without DISCORD_TOKEN)
run: $(STAMP_RUN)
	$(BIN)/newsbot ingest data/articles --quiet
	$(BIN)/newsbot run

## make test: set up with the test extras, then lint, format check, types and tests
test: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

## make bench: accuracy and speed figures (reads ../shared/corpus/wikinews; 100k build takes minutes)
bench: $(STAMP_TEST)
	$(BIN)/python bench/gold/check_quotes.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/dates.py
	$(BIN)/python bench/briefing.py
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/commands.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
