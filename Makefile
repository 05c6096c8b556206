# Stargate, explained. `make serve` and `make test` are all a newcomer needs: both install
# whatever is missing first (scripts/setup), and skip what is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: setup serve dist test test-native test-browser test-e2e bench clean

## setup: install the toolchain, Chromium and the npm tools, where missing
setup:
	@scripts/setup

## serve: build the explainer (prerendered) and serve it, rebuilding on change; dist/ is left alone
serve: setup
	@echo "Serving Stargate, explained at http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	trunk serve --address $(HOST) --port $(PORT) --dist target/serve-dist

## dist: the release site in dist/ (prerendered, hashed, size-optimised, one stylesheet), its link-preview
## image, and the whole explainer as one file, dist/stargate-explainer.html, that opens
## offline from file://. SITE_URL=https://… gives link previews absolute addresses.
dist: setup
	trunk build --release
	node scripts/bundle-css.mjs dist
	node scripts/minify-js.mjs dist
	node scripts/preview-image.mjs dist
	node scripts/offline-assets.mjs dist
	node scripts/single-file.mjs dist

## test: every test: native, in-browser (wasm-bindgen-test), and end-to-end against dist/
test: setup test-native test-browser test-e2e

test-native:
	cargo test -p datagen
	cargo test -p stargate-explainer --features ssr

test-browser:
	cargo run --quiet --features ssr --bin prerender -- --app-html target/browser-fixture/app.html
	cargo test -p stargate-explainer --target wasm32-unknown-unknown --features hydration --test browser

test-e2e: dist
	node --test --test-concurrency=1 tests/e2e/

## bench: sizes and in-browser timings of the release site against a hello-world Yew app
bench: dist
	trunk build --release --config bench/baseline/Trunk.toml
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist bench/results
