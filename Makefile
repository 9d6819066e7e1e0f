# The newcomer's commands: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: install run serve test lint benchmarks clean-data

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# One process migrates and loads the demo data (idempotent); the server then starts without the reloader.
# DEBUG is off as in production: the site's own error pages, static files through whitenoise (straight from
# the app directories in demo mode). `PBGDPL_DEBUG=1 make run` shows Django's debug pages instead.
run: install
	@$(BIN)/pbgdpl demo --migrate
	@echo ""
	@echo "PBGDPL đang chạy tại http://$(HOST):$(PORT)/  (Ctrl+C để dừng)"
	@$(BIN)/pbgdpl runserver $(HOST):$(PORT) --noreload

# Production-style serving (gunicorn + whitenoise); needs PBGDPL_MODE=production and its secrets.
serve: install
	$(BIN)/pbgdpl collectstatic --noinput -v0
	$(BIN)/pbgdpl migrate --noinput -v0
	$(BIN)/gunicorn pbgdpl.wsgi:application --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3}

test: install
	$(BIN)/python scripts/run_tests.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy pbgdpl

clean-data:
	rm -rf data
