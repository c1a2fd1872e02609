# Rounds: build, demo and test. Every target installs what it is missing.
SWIFT ?= swift
PREFIX ?= /usr/local
VENV := .venv
PY := $(VENV)/bin/python
JUDGE_DIR := $(CURDIR)/.build/judge-input
DEMO_DIR ?= $(CURDIR)/demo-out
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libical-dev libicu-dev pkg-config

.PHONY: all build demo test unit judges asan lint format install system-deps python-deps clean

all: build

## System packages: libical and ICU headers, and a Python that can make virtual environments.
system-deps:
	@if ! pkg-config --exists libical icu-i18n 2>/dev/null \
	    || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then \
	  echo "Installing system packages: $(APT_PACKAGES) python3-venv"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    $(APT_PACKAGES) python3 python3-venv >/dev/null; \
	fi

## Python judges (icalendar, recurring-ical-events, Radicale) in a local virtual environment.
python-deps: $(VENV)/.installed

$(VENV)/.installed: Tests/Judges/requirements.txt | system-deps
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r Tests/Judges/requirements.txt
	touch $@

build: system-deps
	$(SWIFT) build

demo: build
	$(SWIFT) run --skip-build rounds ics check Samples/sample-programme.ics

## Every test: Swift tests, the external judges, AddressSanitizer on RoundsICS, and the linter.
test: unit judges asan lint

unit: system-deps
	rm -rf "$(JUDGE_DIR)" && mkdir -p "$(JUDGE_DIR)"
	ROUNDS_JUDGE_DIR="$(JUDGE_DIR)" $(SWIFT) test

judges: python-deps unit
	$(PY) Tests/Judges/judge.py "$(JUDGE_DIR)"

# --disable-xctest: the tests use Swift Testing, and XCTest's empty runner leaks 144 bytes that
# LeakSanitizer reports, failing the run.
asan: system-deps
	$(SWIFT) test --sanitize=address --scratch-path .build-asan --filter RoundsICSTests --disable-xctest

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

install: system-deps
	$(SWIFT) build -c release
	install -d "$(PREFIX)/bin"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/rounds" "$(PREFIX)/bin/rounds"

clean:
	rm -rf .build .build-asan $(VENV) "$(DEMO_DIR)"
