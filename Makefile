# Thin wrappers around dev.py, which does the set-up the same way on every platform.
PYTHON ?= python3

.PHONY: run test setup screenshots bench
run:
	$(PYTHON) dev.py run $(ARGS)

test:
	$(PYTHON) dev.py test $(ARGS)

setup:
	$(PYTHON) dev.py setup

screenshots: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_screenshots.py
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_screenshots.py --lang ru

bench: setup
	.venv/bin/python benchmarks/run_all.py
