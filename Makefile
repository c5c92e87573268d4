# Set-up uses pip (uv and poetry ignore the CPU torch wheel on these machines) with
# constraints.txt, which pins torch to that CPU build. pip is upgraded first: old pip
# drops lxml's html-clean extra and trafilatura then fails to import.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test lint bench clean

$(BIN)/verify: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	@touch $@

setup: $(BIN)/verify

demo: setup
	$(BIN)/verify check examples/draft.md --source examples/sources --cache-dir $(VENV)/demo-cache || test $$? -eq 1

test: setup
	$(BIN)/ruff check verify tests benchmarks
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check verify tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
