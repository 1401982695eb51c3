# Kiln — make targets. Every target installs what it needs from Debian first.
#   make          release build -> target/release/libkiln.so
#   make test     cargo test + the .phpt suite (+ the language corpus) + the status page in headless Chromium
#                 + a 60-second soak (test-soak)
#   make soak     soak test: php-fpm + Kiln under load while files change, caches reset and
#                 workers are SIGKILLed; every response checked (SOAK_SECONDS, default 600)
#   make demo     PHP's built-in server with Kiln, a sample app and the status page
#   make install  into the local PHP (extension dir + conf.d via phpenmod)
#   make bench    Kiln vs OPcache vs no cache: web, CLI, memory, instructions (QUICK;
#                 FULL=1 for the long run) -> bench/results/latest.md

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PHP ?= php
PHP_CGI ?= php-cgi
PHP_FPM ?= php-fpm8.2
# Inside a Debian root of another PHP (scripts/php-root.sh) cargo builds into
# target/php8.4, target/php8.5 (CARGO_TARGET_DIR).
SO := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)/release/libkiln.so
PREFIX ?= /usr/local
RUN_TESTS := $(shell php-config --prefix 2>/dev/null >/dev/null; ls /usr/lib/php/*/build/run-tests.php 2>/dev/null | head -1)
DEMO_PORT ?= 8088

.PHONY: all build deps test test-in-root test-matrix test-rust test-phpt test-corpus test-browser test-php-src test-php-src-subset test-soak soak demo install clean lint bench

# Other PHP versions: `make test PHP=8.4` (or 8.5) runs the version-specific
# part of the suite (cargo test, .phpt, the corpus three times, the php-src
# subset) inside a Debian root with that PHP, made from Debian's packages
# the first time (scripts/php-root.sh). `make test-matrix` (CI) runs
# `make test` natively on 8.2, then 8.4 and 8.5.
ifneq ($(filter 8.4 8.5,$(PHP)),)
build:
	@scripts/php-root.sh $(PHP) cargo build --release
test:
	@scripts/php-root.sh $(PHP) make --no-print-directory test-in-root
bench:
	@scripts/php-root.sh $(PHP) make --no-print-directory bench-in-root QUICK=$(QUICK) FULL=$(FULL)
else
all: build

deps:
	@scripts/deps.sh build

build: deps
	cargo build --release

test: build
	@scripts/deps.sh test
	$(MAKE) --no-print-directory test-rust test-phpt test-corpus test-php-src-subset test-browser test-soak
endif

# The version-specific suite, run inside a root by `make test PHP=8.x`.
test-in-root:
	cargo build --release
	$(MAKE) --no-print-directory test-rust test-phpt test-corpus test-php-src-subset

test-matrix:
	$(MAKE) --no-print-directory test
	$(MAKE) --no-print-directory test PHP=8.4
	$(MAKE) --no-print-directory test PHP=8.5

test-rust:
	cargo test --release

test-phpt:
	@scripts/run-phpt.sh $(SO) php-tests

test-corpus:
	@if [ -f php-tests/run-corpus.php ]; then \
	  $(PHP) -n php-tests/run-corpus.php --ext=$(SO) && \
	  $(PHP) -n php-tests/run-corpus.php --ext=$(SO) --ini=kiln.verify_roundtrip=1 && \
	  KILN_ARENA_AUDIT=1 $(PHP) -n php-tests/run-corpus.php --ext=$(SO) --ini=kiln.arena=always; \
	fi

test-browser:
	@php-tests/browser/run.sh $(SO)

# Soak test (soak/README.md): uses the built library as it is (no cargo build).
# test-soak: 60 s, the generated apps only, a 4M segment (evictions); under 90 s in all.
# soak: SOAK_SECONDS (default 600), plus MediaWiki and DokuWiki when their
# Debian packages are installed; SOAK_SELFTEST=wrong|crash must fail.
SOAK_SECONDS ?= 600
test-soak:
	@SOAK_SECONDS=60 SOAK_APPS=bgen SOAK_SHM_SIZE=4M SOAK_QUIESCE_EVERY=0 soak/run.sh $(SO)

soak:
	@SOAK_SECONDS=$(SOAK_SECONDS) soak/run.sh $(SO)

lint:
	cargo fmt --check
	cargo clippy --release --all-targets -- -D warnings

demo: build
	@scripts/deps.sh demo
	@scripts/demo.sh $(SO) $(DEMO_PORT)

# Into the PHP whose php-config is on the PATH (8.2 on bookworm, 8.4 on
# trixie): the extension directory, mods-available, enabled for every SAPI.
install: build
	@v=$$(php-config --version | cut -d. -f1,2); \
	install -m 0644 $(SO) "$$(php-config --extension-dir)/kiln.so" && \
	install -d /etc/php/$$v/mods-available && \
	install -m 0644 ini/kiln.ini /etc/php/$$v/mods-available/kiln.ini && \
	phpenmod -v $$v kiln && \
	install -d $(PREFIX)/bin $(PREFIX)/share/kiln && \
	install -m 0755 cli/kiln $(PREFIX)/bin/kiln && \
	install -m 0644 cli/kiln.php $(PREFIX)/share/kiln/kiln.php && \
	install -m 0644 status/kiln-status.php $(PREFIX)/share/kiln/kiln-status.php && \
	echo "Kiln installed: $$(php-config --extension-dir)/kiln.so, /etc/php/$$v/mods-available/kiln.ini (enabled for every SAPI)," && \
	echo "  the kiln command in $(PREFIX)/bin, the status page in $(PREFIX)/share/kiln/kiln-status.php."
	@echo "Restart php-fpm; with Debian's FPM set opcache.enable=0 (Kiln stands down while OPcache caches)."

# Benchmarks against OPcache and no cache (bench/README.md). QUICK by default
# (a few minutes); FULL=1 for the long run. No assertions on the figures.
ifeq ($(filter 8.4 8.5,$(PHP)),)
bench: build
	@scripts/deps.sh bench
	QUICK=$(QUICK) FULL=$(FULL) bench/run.sh $(SO)
endif

# `make bench PHP=8.4` (8.5) runs this inside the Debian root of that PHP:
# results in bench/results/php8.4/; a page whose package that release lacks
# is left out (SKIP_MISSING=1, noted in the results).
bench-in-root:
	cargo build --release
	@bench/lib/deps-root.sh
	QUICK=$(QUICK) FULL=$(FULL) SKIP_MISSING=1 RESULTS_DIR=$(CURDIR)/bench/results/php$(KILN_PHP) bench/run.sh $(SO)

clean:
	cargo clean

# PHP's own language tests, without and with Kiln (kiln.verify_roundtrip=1).
test-php-src: build
	@scripts/deps.sh test
	@scripts/php-src-tests.sh $(SO)

test-php-src-subset:
	@scripts/php-src-tests.sh $(SO) php-tests/php-src-subset.txt
