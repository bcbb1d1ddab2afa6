# Two commands do everything (see README):
#   make figures   set up .venv and regenerate every figure and table from the seed corpus into figures/
#   make test      set up .venv and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: figures test setup clean browser

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

figures: $(STAMP)
	$(BIN)/framing lexicon check
	$(BIN)/framing figures

test: $(STAMP) browser
	FRAMING_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q -p no:cacheprovider

# The evidence-report tests render pages in headless Chromium (Debian's package).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq >/dev/null && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	} || echo "could not install chromium: the browser tests will fail (apt-get install chromium)"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
