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

.PHONY: setup serve dist test browser-fixture lint test-native test-browser test-e2e test-html bench review clean

## setup: install the toolchain, the browsers and their drivers, and the npm tools, where missing
setup:
	@scripts/setup

## serve: build the explainer (prerendered) and serve it, rebuilding on change; dist/ is left alone
serve: setup
	@echo "Serving Stargate, explained at http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	trunk serve --address $(HOST) --port $(PORT) --dist target/serve-dist

## dist: the release site in dist/ (prerendered, hashed, size-optimised, the walkthrough's glue in the page: trunk's hook, see
## Trunk.toml; then the styles in the page), its link-preview
## image, and the whole explainer as one file, dist/stargate-explainer.html, that opens
## offline from file://. SITE_URL=https://… gives link previews absolute addresses.
dist: setup
	trunk build --release
	node scripts/bundle-css.mjs dist
	node scripts/preview-image.mjs dist
	node scripts/offline-assets.mjs dist
	node scripts/single-file.mjs dist
	node scripts/policy.mjs dist

## test: every test: lint gates, native, in-browser (wasm-bindgen-test), valid HTML, and
## end-to-end against dist/, in every engine of ENGINES
test: setup lint test-native test-browser test-html test-e2e

# The app's HTML that tests/browser.rs starts the app on (include_str!, so clippy needs it too).
browser-fixture:
	cargo run --quiet --features ssr --bin prerender -- --app-html target/browser-fixture/app.html

## lint: formatting, and clippy with warnings as errors for every build (native with ssr; wasm32 with csr,
## both browser modules and the browser tests)
lint: browser-fixture
	cargo fmt --all --check
	cargo clippy --quiet -p datagen --all-targets -- -D warnings
	cargo clippy --quiet -p stargate-explainer --features ssr --all-targets -- -D warnings
	cargo clippy --quiet -p stargate-explainer --target wasm32-unknown-unknown --features csr --all-targets -- -D warnings

test-native:
	cargo test -p datagen
	cargo test -p stargate-explainer --features ssr

test-browser: browser-fixture
	$(if $(filter chromium,$(ENGINES)),env -u GECKODRIVER cargo test -p stargate-explainer --target wasm32-unknown-unknown --features csr --test browser)
	$(if $(filter firefox,$(ENGINES)),GECKODRIVER=$(GECKODRIVER_PATH) GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" cargo test -p stargate-explainer --target wasm32-unknown-unknown --features csr --test browser)

## test-html: the built pages and their self-contained copies: valid HTML (the Nu HTML Checker),
## and a policy that allows exactly what each carries inline
test-html: dist
	node scripts/check-html.mjs dist/index.html dist/embed.html dist/stargate-explainer.html dist/stargate-embed.html
	node --test tests/build/

test-e2e: dist
	$(if $(filter chromium,$(ENGINES)),node --test --test-concurrency=1 tests/e2e/)
	for engine in $(filter firefox webkit,$(ENGINES)); do ENGINE=$$engine node --test --test-concurrency=1 tests/engines/; done

## bench: sizes and in-browser timings of the release site against a hello-world Yew app, and
## the WebAssembly's biggest contributors (twiggy, installed here when missing)
bench: dist
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	trunk build --release --config bench/baseline/Trunk.toml
	node bench/run.mjs

## review: the review sheet for an editor, target/review/index.html: every text that cites a
## passage beside it, the cited words and hedges marked, then the assumptions and corrections
review:
	cargo run --quiet -p datagen --bin review -- data target/review/index.html

clean:
	cargo clean
	rm -rf dist bench/results
