# casereview: two commands on a fresh Debian/Ubuntu machine.
#   make run    set everything up and open the app
#   make test   set everything up and run the whole suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# One worker per core; a file's tests share a worker (their module fixtures are costly).
# A crashed worker is not replaced: with --dist loadfile, pytest-xdist 3.8 can wait forever
# for the replacement's work (pytest-xdist#784/#1323; seen here after a segmentation fault), so
# the crash is reported as the failure it is and the run ends.
PYTEST_ARGS ?= -n auto --dist loadfile --no-loadscope-reorder --max-worker-restart=0
XVFB := xvfb-run -a -s "-screen 0 1920x1080x24"

.PHONY: run test system-deps test-system-deps lint bench translations clean help

help:
	@echo "make run    install what is missing, then open casereview"
	@echo "make test   install what is missing, then run import contracts and the test suite"
	@echo "make bench  run the benchmarks in benchmarks/"

system-deps:
	@packaging/install-system-deps.sh packaging/system-packages.txt

test-system-deps:
	@packaging/install-system-deps.sh packaging/system-packages.txt packaging/test-system-packages.txt

# Reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgresql]'
	@touch $(STAMP)

# The demo case is generated and imported on first start (a no-op afterwards).
run: system-deps $(STAMP)
	$(BIN)/casereview-cli demo
	$(BIN)/casereview

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

test: test-system-deps $(STAMP)
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/lint-imports
	$(BIN)/mypy
	CASEREVIEW_STRICT_TOOLS=1 $(XVFB) $(BIN)/python -m pytest $(PYTEST_ARGS)

# Some benchmarks start the servers the tests use (Orthanc, nats-server) and time dcmtk.
bench: test-system-deps $(STAMP)
	@for bench in benchmarks/bench_*.py; do echo "== $$bench"; $(BIN)/python $$bench || exit 1; done

# After changing user-visible strings: extract them, translate the .ts files (Qt Linguist),
# then run this again to compile the .qm files that ship in the wheel.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find src/casereview/ui src/casereview/app -name '*.py' | sort) \
		-ts resources/translations/casereview_fr.ts resources/translations/casereview_zh_CN.ts
	$(BIN)/python packaging/core_messages.py \
		resources/translations/casereview_core_fr.ts resources/translations/casereview_core_zh_CN.ts
	$(BIN)/python packaging/reuse_translations.py resources/translations/casereview_fr.ts \
		resources/translations/casereview_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/casereview_fr.ts resources/translations/casereview_zh_CN.ts \
		resources/translations/casereview_core_fr.ts resources/translations/casereview_core_zh_CN.ts

clean:
	rm -rf $(VENV) build dist artifacts .pytest_cache .import_linter_cache
