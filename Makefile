# Two commands: `make demo` and `make test`. Both create .venv on first use and are
# fast when it is already set up (the stamp file is rebuilt only when pyproject.toml changes).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint fuzz browser clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,server,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/dateline demo

# Two test processes, each file kept on one (its module fixtures are built once there); the
# files are handed out in the order tests/conftest.py gives (xdist's reorder off), the slowest
# (the SIGKILL episodes, the gold-set evaluations) first, so they run beside the rest; every log
# ends with the 25 slowest tests, to see what the 10-minute budget goes to.
test: $(STAMP) browser
	$(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder --durations=25

# Debian's chromium for the browser tests; the tests skip with the reason when it is absent.
browser:
	@sh scripts/ensure-chromium.sh

# Benchmarks print tables and ratios to a baseline measured in the same run (< 15 min on 2 cores;
# BENCH_FULL=1 adds the 100,000-document ingest, about an hour more).
bench: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[peers]'
	$(PY) benchmarks/run_all.py

# atheris fuzz targets under benchmarks/fuzz/, FUZZ_SECONDS each (default 60).
fuzz: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[fuzz]'
	$(PY) benchmarks/fuzz/run.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist src/*.egg-info
