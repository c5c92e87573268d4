# Set-up uses pip (uv and poetry ignore the CPU torch wheel on these machines) with
# constraints.txt, which pins torch to that CPU build. pip is upgraded first: old pip
# drops lxml's html-clean extra and trafilatura then fails to import.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# torch's CPU build: the local wheel when pip's find-links folder has it (these machines),
# else PyTorch's CPU index. constraints.txt pins torch==2.13.0+cpu either way.
FIND_LINKS  := $(PIP_FIND_LINKS) $(shell $(PYTHON) -m pip config get global.find-links 2>/dev/null)
TORCH_INDEX ?= $(if $(wildcard $(addsuffix /torch-2.13.0+cpu-*.whl,$(FIND_LINKS))),,--extra-index-url https://download.pytorch.org/whl/cpu)

.PHONY: setup browser demo test lint bench clean

$(BIN)/verify: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -c constraints.txt $(TORCH_INDEX) -e '.[test]'
	@touch $@

setup: $(BIN)/verify

demo: setup
	$(BIN)/verify check examples/draft.md --source examples/sources --cache-dir $(VENV)/demo-cache || test $$? -eq 1

# The HTML report's tests open it in a real browser, the distribution's headless Chromium:
# installed here when we are root with apt-get; otherwise the test run ends with one line
# saying the browser tests did not run (tests/conftest.py), and VERIFY_REQUIRE_BROWSER=1
# (as .ci/run sets) makes them fail instead.
browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u 2>/dev/null)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "make: installing chromium for the HTML report's browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	    || echo "make: could not install chromium: the browser tests will not run"; \
	else echo "make: no chromium and no root apt-get to install it: the browser tests will not run"; fi

test: setup browser
	$(BIN)/ruff check verify tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy verify
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check verify tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
