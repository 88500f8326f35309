# Arrears Workbench. `make run` and `make test` are the two commands a newcomer needs.
SHELL := /bin/bash
SWIFT ?= swift
PACKAGES := libncursesw5-dev libsqlite3-dev tmux zlib1g-dev libssl-dev fonts-dejavu-core poppler-utils python3 postgresql libpq-dev
# Deterministic test environment (see docs/testing.md).
TEST_ENV := TZ=Europe/London LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color

.PHONY: all build release run test fuzz bench deps docs clean install uninstall

# Where `make install` puts the program: PREFIX/bin/arrears (a link to PREFIX/libexec/arrears/arrears,
# which keeps its letter templates and Notify data beside it), PREFIX/share/arrears/Themes and
# PREFIX/share/man/man1/arrears.1. DESTDIR stages the whole tree elsewhere (for packaging).
PREFIX ?= /usr/local
DESTDIR ?=
LIBEXEC := $(DESTDIR)$(PREFIX)/libexec/arrears
SHARE := $(DESTDIR)$(PREFIX)/share/arrears
MAN1 := $(DESTDIR)$(PREFIX)/share/man/man1
# The core's letter templates and Notify data, which SwiftPM names after the package and the target.
CORE_RESOURCES := ArrearsWorkbench_ArrearsCore.resources

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

# The longer import fuzz run: thousands of mutated export sets (docs/reliability.md). FUZZ_TRIALS and
# FUZZ_SEED change how many and which; `make test` runs 200 of them.
fuzz: deps
	$(SWIFT) build
	$(TEST_ENV) FUZZ_TRIALS=$${FUZZ_TRIALS:-3000} $(SWIFT) test --filter ImportFuzzTests 2>&1 | tee .build/fuzz-output.txt; exit $${PIPESTATUS[0]}

bench: release
	./.build/release/arrears bench

docs: build
	./.build/debug/arrears keys > docs/keys.md

install: release
	install -d "$(LIBEXEC)" "$(DESTDIR)$(PREFIX)/bin" "$(SHARE)/Themes" "$(MAN1)"
	install -m 755 .build/release/arrears "$(LIBEXEC)/arrears"
	rm -rf "$(LIBEXEC)/$(CORE_RESOURCES)"
	cp -R ".build/release/$(CORE_RESOURCES)" "$(LIBEXEC)/"
	ln -sf ../libexec/arrears/arrears "$(DESTDIR)$(PREFIX)/bin/arrears"
	install -m 644 Themes/*.theme "$(SHARE)/Themes/"
	.build/release/arrears man > "$(MAN1)/arrears.1"
	@echo "Installed arrears in $(DESTDIR)$(PREFIX) (binary, themes, man page)."

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/arrears" "$(MAN1)/arrears.1"
	rm -rf "$(LIBEXEC)" "$(SHARE)"
	@echo "Removed arrears from $(DESTDIR)$(PREFIX)."

clean:
	rm -rf .build
