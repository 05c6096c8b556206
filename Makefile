# Stargate, explained. `make serve` and `make test` are all a newcomer needs: both install
# whatever is missing first (scripts/setup), and skip what is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

HOST ?= 127.0.0.1
PORT ?= 8080

# The browser engines the tests run in; name fewer to run one alone, e.g. `make test ENGINES=webkit`.
# wasm-bindgen-test runs in chromium and firefox (its runner drives no WebKitGTK); the
# end-to-end suites run in all three: Playwright in Chromium, WebDriver in Firefox and WebKit.
ENGINES ?= chromium firefox webkit
export GECKODRIVER_PATH ?= $(HOME)/.cargo/bin/geckodriver

# The editions: the English at the root of dist/, and each translation, a folder of data/ that
# holds a ui.toml (data/es/ui.toml: the Spanish, in dist/es/). A third language needs no change here.
LANGUAGES := $(sort $(patsubst data/%/ui.toml,%,$(wildcard data/*/ui.toml)))
EDITIONS := dist $(addprefix dist/,$(LANGUAGES))
# Each edition's pages, and their self-contained copies.
PAGES := index.html embed.html stargate-explainer.html stargate-embed.html
# Keeps the edition $(1)'s split WebAssembly (the main module and the calculator's chunk, before
# wasm-bindgen and wasm-opt, with their function names; scripts/split-wasm.mjs) in
# target/linked/$(1)/ for `make bench`'s twiggy: the next edition's build overwrites them.
WASM_SPLIT := target/split/out/release/split
keep-linked = mkdir -p target/linked/$(1); cp $(WASM_SPLIT)/web.wasm target/linked/$(1)/web.wasm; cp $(WASM_SPLIT)/split_calculator.wasm target/linked/$(1)/calculator.wasm

.PHONY: setup serve dist test browser-fixture lint test-native test-browser test-e2e test-html bench review clean

## setup: install the toolchain, the browsers and their drivers, and the npm tools, where missing
setup:
	@scripts/setup

## serve: build the explainer (prerendered) and serve it, rebuilding on change; dist/ is left alone.
## The English edition; another at the same address with its language, e.g. `EXPLAINER_LANGUAGE=es make serve`
## (trunk's build and its prerender hook both read EXPLAINER_LANGUAGE from the environment).
serve: setup
	@echo "Serving Stargate, explained ($(or $(EXPLAINER_LANGUAGE),en)) at http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	trunk serve --address $(HOST) --port $(PORT) --dist target/serve-dist

## dist: the release site in dist/ (prerendered, hashed, size-optimised, the walkthrough's glue in the page: trunk's hook, see
## Trunk.toml; then the styles in the page), its link-preview
## image, and the whole explainer as one file, dist/stargate-explainer.html, that opens
## offline from file://. SITE_URL=https://… gives link previews absolute addresses.
## Each edition the same way, in its folder: the English in dist/, each translation xx in dist/xx/.
## The English first: trunk empties dist/ as it builds there, the translations' folders too.
## Then each edition is finished on its own (its styles, preview image, offline files and
## service worker, one-file copies, and last its pages' policies).
dist: setup
	trunk build --release
	$(call keep-linked,en)
	for lang in $(LANGUAGES); do \
	  EXPLAINER_LANGUAGE=$$lang trunk build --release --dist dist/$$lang; \
	  $(call keep-linked,$$lang); \
	done
	for edition in $(EDITIONS); do \
	  node scripts/bundle-css.mjs $$edition; \
	  node scripts/preview-image.mjs $$edition; \
	  node scripts/offline-assets.mjs $$edition; \
	  node scripts/single-file.mjs $$edition; \
	  node scripts/policy.mjs $$edition; \
	done

## test: every test: lint gates, native, in-browser (wasm-bindgen-test), valid HTML, and
## end-to-end against dist/, in every engine of ENGINES
test: setup lint test-native test-browser test-html test-e2e

# The app's HTML that tests/browser.rs starts the app on (include_str!, so clippy needs it too).
browser-fixture:
	cargo run --quiet --features ssr --bin prerender -- --app-html target/browser-fixture/app.html

## lint: formatting, and clippy with warnings as errors for every build (native with ssr; wasm32 with csr,
## the browser module and the browser tests; and split, as the site is built)
lint: browser-fixture
	cargo fmt --all --check
	cargo clippy --quiet -p datagen --all-targets -- -D warnings
	cargo clippy --quiet -p stargate-explainer --features ssr --all-targets -- -D warnings
	cargo clippy --quiet -p stargate-explainer --target wasm32-unknown-unknown --features csr --all-targets -- -D warnings
	cargo clippy --quiet -p stargate-explainer --target wasm32-unknown-unknown --features split --bin web -- -D warnings

test-native:
	cargo test -p datagen
	cargo test -p stargate-explainer --features ssr

test-browser: browser-fixture
	$(if $(filter chromium,$(ENGINES)),env -u GECKODRIVER cargo test -p stargate-explainer --target wasm32-unknown-unknown --features csr --test browser)
	$(if $(filter firefox,$(ENGINES)),GECKODRIVER=$(GECKODRIVER_PATH) GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" cargo test -p stargate-explainer --target wasm32-unknown-unknown --features csr --test browser)

## test-html: every edition's built pages and their self-contained copies: valid HTML (the Nu
## HTML Checker), and a policy that allows exactly what each carries inline
test-html: dist
	node scripts/check-html.mjs $(foreach edition,$(EDITIONS),$(addprefix $(edition)/,$(PAGES)))
	node --test tests/build/

test-e2e: dist
	$(if $(filter chromium,$(ENGINES)),node --test --test-concurrency=1 tests/e2e/)
	for engine in $(filter firefox webkit,$(ENGINES)); do ENGINE=$$engine node --test --test-concurrency=1 tests/engines/; done

## bench: sizes and in-browser timings of the release site, every edition, against a hello-world
## Yew app, and the WebAssembly's biggest contributors (twiggy, installed here when missing)
bench: dist
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	trunk build --release --config bench/baseline/Trunk.toml
	node bench/run.mjs

## review: the review sheet for an editor, target/review/index.html: every text that cites a
## passage beside it, the cited words and hedges marked, then the assumptions and corrections
## (LANGUAGE=es: a translation's sheet, target/review/es.html, its texts beside the English
## passages they cite)
LANGUAGE ?= en
review:
	cargo run --quiet -p datagen --bin review -- data target/review/$(if $(filter en,$(LANGUAGE)),index,$(LANGUAGE)).html $(LANGUAGE)

clean:
	cargo clean
	rm -rf dist bench/results
