# The README's two commands: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test lint typecheck imports pytest core-without-qt bench translations screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Start the app (FILE=path/to/network.ciw to open one; without it, the demo network)
run: $(STAMP)
	$(BIN)/ciworkshop $(if $(FILE),"$(FILE)",--demo)

## Every check: lint, types, layering, core without Qt, then the whole test suite
test: lint typecheck imports core-without-qt pytest

lint: $(STAMP)
	$(BIN)/ruff check ciworkshop tests benchmarks
	$(BIN)/ruff format --check ciworkshop tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

core-without-qt: $(STAMP)
	CIWORKSHOP_BLOCK_QT=1 $(BIN)/python -m pytest -p no:pytest-qt -q tests/unit \
		-o addopts="-ra --strict-markers" -W ignore::pytest.PytestConfigWarning

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Benchmarks: start-up, commit latency, memory (figures printed)
bench: $(STAMP)
	@# The export benchmark compares against LibreOffice; install it when missing (Debian).
	command -v soffice >/dev/null || (command -v apt-get >/dev/null && \
		apt-get install -y --no-install-recommends libreoffice-writer-nogui) || \
		echo "LibreOffice not installed: the export comparison will be skipped"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## Refresh translations/*.ts from the sources and rebuild the .qm files
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none ciworkshop -target-language de_DE -ts translations/ciworkshop_de.ts
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none ciworkshop -target-language en_GB -ts translations/ciworkshop_en.ts
	$(BIN)/pyside6-lrelease -silent translations/ciworkshop_de.ts -qm translations/ciworkshop_de.qm
	$(BIN)/pyside6-lrelease -silent translations/ciworkshop_en.ts -qm translations/ciworkshop_en.qm

## Re-render the README screenshots from the real app (offscreen)
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
