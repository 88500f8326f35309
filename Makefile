# Arrears Workbench. `make run` and `make test` are the two commands a newcomer needs.
SHELL := /bin/bash
SWIFT ?= swift
PACKAGES := libncursesw5-dev libsqlite3-dev tmux postgresql libpq-dev
# Deterministic test environment (see docs/testing.md).
TEST_ENV := TZ=Europe/London LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color

.PHONY: all build release run test bench deps docs clean

all: build

# Installs missing system packages when it can (as root, or with passwordless sudo); otherwise says which.
deps:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y $$missing; \
	  elif sudo -n true 2>/dev/null; then sudo apt-get update && sudo apt-get install -y $$missing; \
	  else echo "Missing system packages:$$missing — install them with: sudo apt-get install$$missing"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Opens the workbench on the demo database (created on first run at the default location).
run: build
	./.build/debug/arrears

test: deps
	$(SWIFT) build
	$(TEST_ENV) $(SWIFT) test 2>&1 | tee .build/test-output.txt; exit $${PIPESTATUS[0]}

bench: release
	./.build/release/arrears bench

docs: build
	./.build/debug/arrears keys > docs/keys.md

clean:
	rm -rf .build
