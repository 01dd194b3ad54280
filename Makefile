# Evidence harvester for PubMed. `make help` lists the targets.
# Every target sets up its own virtualenv on first use, so a fresh clone needs no other step.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HARVESTER := $(VENV)/bin/harvester
STAMP := $(VENV)/.installed-dev
BENCH_STAMP := $(VENV)/.installed-bench
DEMO_DATA := build/demo-data
DEMO_MONTH := 2026-10
MONTH ?= $(shell date -u +%Y-%m)

.PHONY: help setup lint test demo digest bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project with its test tools

lint: $(STAMP) ## ruff (lint and format) and mypy
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

test: lint ## Lint, type-check and run the test suite
	$(PY) -m pytest

demo: $(STAMP) ## Build a digest offline from the fictional demo records
	rm -rf $(DEMO_DATA)
	$(HARVESTER) --data-dir $(DEMO_DATA) import harvester/data/demo/records.xml --query demo
	$(HARVESTER) --data-dir $(DEMO_DATA) digest harvester/data/demo/demo.toml \
		--month $(DEMO_MONTH) --offline --out reports/demo

digest: $(STAMP) ## Harvest every saved search and write this month's digests (MONTH=YYYY-MM, OFFLINE=1)
	@for query in queries/*.toml; do \
		$(HARVESTER) digest "$$query" --month $(MONTH) $(if $(OFFLINE),--offline) || exit $$?; \
	done

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench,train]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) ## Run the benchmarks; prints a table and writes benchmarks/results/latest.json
	$(PY) -m benchmarks

clean: ## Remove the virtualenv, build outputs and generated reports
	rm -rf $(VENV) build reports/*/ .pytest_cache
