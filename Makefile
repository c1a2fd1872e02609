# Rounds: build, demo and test. Every target installs what it is missing.
SWIFT ?= swift
PREFIX ?= /usr/local
VENV := .venv
PY := $(VENV)/bin/python
# The Python that creates the judges' virtual environment: 3.11 or newer with venv and ensurepip.
PYTHON ?= python3
JUDGE_DIR := $(CURDIR)/.build/judge-input
# The Swift tests write a holidays-<region>.json for every region and the rota files, the demo test report-demo/: a missing
# one fails `make test`. Fixed here: neither the environment nor the command line can drop them.
override JUDGE_REQUIRE := --require-holidays --require-rota --require-report
DEMO_DIR ?= $(CURDIR)/demo-out
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libical-dev libicu-dev libqrencode-dev coinor-libcbc-dev pkg-config
FUZZ_TARGETS := calendar programme people excerpts
# Seconds per target for `make fuzz` and `make fuzz-<name>` (docs/fuzzing.md).
FUZZ_SECONDS ?= 60

.PHONY: all build demo serve test test-deps unit judges judges-only errors-doc asan lint format install \
	system-deps python-deps clean bench bench-report bench-edit bench-plan-cli bench-deps bench-instructions judges-icaljs \
	valgrind fuzz $(addprefix fuzz-,$(FUZZ_TARGETS))

all: build

## System packages: libical, ICU, libqrencode and CBC headers, and a Python that can make virtual environments.
# (On Debian, ensurepip ships in python3-venv; `env` carries DEBIAN_FRONTEND through sudo.)
system-deps:
	@if ! pkg-config --exists libical icu-i18n libqrencode cbc 2>/dev/null \
	    || ! $(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1; then \
	  echo "Installing system packages: $(APT_PACKAGES) python3 python3-venv"; \
	  if [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null; then \
	    echo "Not root and no sudo: install $(APT_PACKAGES) python3 python3-venv as root." >&2; \
	    exit 1; \
	  fi; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    $(APT_PACKAGES) python3 python3-venv >/dev/null; \
	fi

## Python judges (icalendar, recurring-ical-events, Radicale, holidays, pytest), pinned in
## Tests/Judges/requirements.txt, in a local virtual environment rebuilt when that file changes.
## If $(PYTHON) cannot make one (e.g. a pyenv build without ensurepip), Debian's is used.
python-deps: $(VENV)/.installed

$(VENV)/.installed: Tests/Judges/requirements.txt | system-deps
	@py="$(PYTHON)"; \
	$$py -c 'import venv, ensurepip' >/dev/null 2>&1 || py=/usr/bin/python3; \
	if ! $$py -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
	  echo "The judges need Python 3.11 or newer; $$py is $$($$py -V 2>&1)." >&2; exit 1; \
	fi; \
	echo "Creating $(VENV) with $$($$py -V 2>&1) and installing Tests/Judges/requirements.txt"; \
	rm -rf $(VENV) && $$py -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r Tests/Judges/requirements.txt
	touch $@

build: system-deps
	$(SWIFT) build

demo: build
	rm -rf "$(DEMO_DIR)"
	$(SWIFT) run --skip-build rounds demo --out "$(DEMO_DIR)"

## The demo programme on the web: `rounds serve` on http://$(SERVE_HOST):$(SERVE_PORT) (Ctrl-C stops it).
SERVE_HOST ?= 127.0.0.1
SERVE_PORT ?= 8080
serve: demo
	$(SWIFT) run --skip-build rounds serve --store "$(DEMO_DIR)/rounds.sqlite" \
	  --host "$(SERVE_HOST)" --port "$(SERVE_PORT)"

## Every test: Swift tests, the external judges, AddressSanitizer on RoundsICS, and the linter.
test: unit judges asan lint

## What only the tests need: Chromium prints the sample pack to PDF, poppler-utils measures it
## and zbar-tools reads the QR code on its last page back.
test-deps: system-deps
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1 \
	    || ! command -v zbarimg >/dev/null 2>&1; then \
	  echo "Installing test packages: chromium poppler-utils zbar-tools"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium poppler-utils zbar-tools >/dev/null; \
	fi

unit: test-deps
	rm -rf "$(JUDGE_DIR)" && mkdir -p "$(JUDGE_DIR)"
	ROUNDS_JUDGE_DIR="$(JUDGE_DIR)" $(SWIFT) test

## The judges' self-test (each judge must fail on bad input; pytest's exit 5, "no tests ran",
## is a failure here too), then the judges on what the Swift tests wrote (docs/testing.md).
JUDGE_SELFTEST = rc=0; $(PY) -m pytest -q -p no:cacheprovider Tests/Judges || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "judges self-test: pytest ran no test" >&2; fi; exit $$rc
JUDGE_RUN = $(PY) Tests/Judges/judge.py $(JUDGE_REQUIRE) "$(JUDGE_DIR)"

judges: python-deps unit
	@$(JUDGE_SELFTEST)
	$(JUDGE_RUN)

## The same on what is already in $(JUDGE_DIR) (or JUDGE_DIR=...), without running swift test.
judges-only: python-deps
	@$(JUDGE_SELFTEST)
	$(JUDGE_RUN)

## Optional, not part of `make test`: the calendars in $(JUDGE_DIR) read by ical.js, the calendar
## library inside Thunderbird, with each file's own VTIMEZONE (docs/testing.md). Needs node and
## downloads Debian's thunderbird package (80 MB) once, for its Ical.sys.mjs.
ICALJS := $(CURDIR)/.build/icaljs/Ical.sys.mjs
judges-icaljs: python-deps
	@command -v node >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null; }
	@if [ ! -f "$(ICALJS)" ]; then \
	  rm -rf .build/icaljs && mkdir -p .build/icaljs && cd .build/icaljs && \
	  apt-get download thunderbird >/dev/null && dpkg-deb -x thunderbird_*.deb tb && \
	  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read( \
	    "modules/calendar/Ical.sys.mjs"))' tb/usr/lib/thunderbird/omni.ja >Ical.sys.mjs && \
	  rm -rf tb thunderbird_*.deb; \
	fi
	cd Tests/Judges && ../../$(PY) icaljs_check.py "$(ICALJS)" "$(JUDGE_DIR)"

## docs/errors.md: the error catalogue tests run the real binary on every kind of bad input and
## write what it said to a JSON-lines file, which a small script renders (stdlib Python only).
ERRORS_CATALOGUE := $(CURDIR)/.build/errors-catalogue.jsonl
errors-doc: system-deps
	rm -f "$(ERRORS_CATALOGUE)"
	ROUNDS_ERRORS_CATALOGUE="$(ERRORS_CATALOGUE)" $(SWIFT) test --filter ErrorCatalogueTests
	$(PYTHON) Tests/Judges/render_errors.py "$(ERRORS_CATALOGUE)" docs/errors.md

# --disable-xctest: the tests use Swift Testing, and XCTest's empty runner leaks 144 bytes that
# LeakSanitizer reports, failing the run.
# Tests/lsan.supp: one leak inside swift-corelibs-foundation's Process.run, not ours.
asan: system-deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan --filter RoundsICSTests --disable-xctest

## Release-mode benchmarks against libical called from C and Python icalendar, side by side,
## with ratios, targets, start-up and peak memory (docs/benchmarks.md). Not part of `make test`.
BENCH_DIR := $(CURDIR)/.build/bench
BENCH_REPEATS ?= 5
BENCH_ITERATIONS ?= 3
# e.g. --skip-python on a busy machine, where icalendar takes minutes per pass.
BENCH_FLAGS ?=
bench-deps: system-deps
	@missing=""; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	command -v hyperfine >/dev/null 2>&1 || missing="$$missing hyperfine"; \
	command -v valgrind >/dev/null 2>&1 || missing="$$missing valgrind"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

bench: bench-deps python-deps
	$(SWIFT) build -c release --product rounds
	$(SWIFT) build -c release --product rounds-bench
	mkdir -p "$(BENCH_DIR)"
	cc -O2 -o "$(BENCH_DIR)/bench_libical" Benchmarks/c/bench_libical.c \
	  $$(pkg-config --cflags --libs libical)
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	"$$bin/rounds-bench" compare --c "$(BENCH_DIR)/bench_libical" --python "$(PY)" \
	  --script Benchmarks/python/bench_icalendar.py --rounds "$$bin/rounds" \
	  --dir "$(BENCH_DIR)" --repeats $(BENCH_REPEATS) --iterations $(BENCH_ITERATIONS) \
	  $(BENCH_FLAGS) && \
	$(PY) Benchmarks/python/bench_rota.py "$$bin/rounds-bench" "$(BENCH_DIR)" && \
	hyperfine -N --warmup 5 --runs 50 "$$bin/rounds --version" /bin/true "$(PY) -c pass"
	$(MAKE) --no-print-directory bench-report

## Instruction counts (callgrind) of one read and one write, Rounds and the C program, on the
## same calendar; each side's warm-up pass (libical's zone list, the zone, its expansion) runs
## before the counted functions (docs/benchmarks.md). Deterministic: fine on a busy machine.
INSTRUCTION_EVENTS ?= 1000
bench-instructions: bench-deps
	$(SWIFT) build -c release --product rounds-bench
	mkdir -p "$(BENCH_DIR)"
	cc -O2 -o "$(BENCH_DIR)/bench_libical" Benchmarks/c/bench_libical.c \
	  $$(pkg-config --cflags --libs libical)
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	Benchmarks/instructions.sh "$$bin/rounds-bench" "$(BENCH_DIR)/bench_libical" \
	  "$(BENCH_DIR)" $(INSTRUCTION_EVENTS)

## The report benchmark (docs/benchmarks.md): `rounds report` over 120 Rounds and 72,000 forms
## against Python's sqlite3 tallying the same store; fails at 1 s or when the tallies differ.
## The store is built once in $(BENCH_DIR)/report (delete it to rebuild).
bench-report: system-deps
	$(SWIFT) build -c release --product rounds
	$(PYTHON) Benchmarks/python/bench_report.py \
	  "$$($(SWIFT) build -c release --show-bin-path)/rounds" "$(BENCH_DIR)/report" $(BENCH_REPEATS)

## The same one-record edit on a one-year and a ten-year store for 60 facilitators, side by
## side (docs/benchmarks.md, "Edits"): saves write only what changed, so the ratio stays near 1.
EDIT_ITERATIONS ?= 40
bench: bench-edit
bench-edit:
	$(SWIFT) build -c release --product rounds-bench
	mkdir -p "$(BENCH_DIR)"
	"$$($(SWIFT) build -c release --show-bin-path)/rounds-bench" edit "$(BENCH_DIR)" \
	  $(EDIT_ITERATIONS)

## One whole `rounds plan` call on the ten-year rota instance (start-up, store read, plan,
## store write), from a fresh copy of the store each run (docs/benchmarks.md); goal 0.2 s.
PLAN_CLI_RUNS ?= 20
bench: bench-plan-cli
bench-plan-cli: bench-deps
	$(SWIFT) build -c release --product rounds
	$(SWIFT) build -c release --product rounds-bench
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	Benchmarks/plan-cli.sh "$$bin/rounds" "$$bin/rounds-bench" "$(BENCH_DIR)" $(PLAN_CLI_RUNS)

## valgrind's leak check on the iCalendar code (debug build; slow: run it on its own), through
## `rounds-bench`: the work of `rounds ics check` on every calendar in the tests and samples
## (good and broken), then writing and reading 1,000 events. valgrind 3.19 (Debian 12) crashes
## inside itself on Swift's async entry point (the test runner's and `rounds`'s), so the test
## bundle itself is checked by LeakSanitizer in `make asan` (docs/benchmarks.md). valgrind 3.19
## cannot read the DWARF the Swift 6.3 toolchain writes either, so it runs a copy without it.
VALGRIND_DIR := $(CURDIR)/.build/valgrind
VALGRIND_FLAGS ?= --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
	--suppressions=Tests/valgrind.supp
VALGRIND_CALENDARS = $$(find Samples Tests/RoundsICSTests/Fixtures \
	Tests/RoundsInvitationsTests/Fixtures -name '*.ics' | sort)
valgrind: system-deps
	@command -v valgrind >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
	$(SWIFT) build --product rounds-bench
	mkdir -p "$(VALGRIND_DIR)"
	objcopy --strip-debug "$$($(SWIFT) build --show-bin-path)/rounds-bench" \
	  "$(VALGRIND_DIR)/rounds-bench"
	valgrind $(VALGRIND_FLAGS) "$(VALGRIND_DIR)/rounds-bench" check $(VALGRIND_CALENDARS) \
	  >"$(VALGRIND_DIR)/ics-check.json"
	valgrind $(VALGRIND_FLAGS) "$(VALGRIND_DIR)/rounds-bench" generate \
	  "$(VALGRIND_DIR)/bench-1000.ics" 1000
	valgrind $(VALGRIND_FLAGS) "$(VALGRIND_DIR)/rounds-bench" ics "$(VALGRIND_DIR)/bench-1000.ics" 1

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests
	sh Scripts/check-layers.sh

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## The binary, its templates and the sample files: templates and samples are looked up at run
## time in <binary's folder>/../share/rounds (docs/design.md).
## libFuzzer targets, one after another, each for FUZZ_SECONDS; not part of `make test`.
## Builds in .build-fuzz; crashing inputs land in .build-fuzz/artifacts/<name>/.
fuzz:
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-$$t || exit 1; done

$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%: system-deps
	SWIFT="$(SWIFT)" Fuzz/fuzz.sh run $* $(FUZZ_SECONDS)

install: system-deps
	$(SWIFT) build -c release
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/rounds"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/rounds" "$(PREFIX)/bin/rounds"
	rm -rf "$(PREFIX)/share/rounds/Templates" "$(PREFIX)/share/rounds/Samples"
	cp -R Templates Samples "$(PREFIX)/share/rounds/"

clean:
	rm -rf .build .build-asan .build-fuzz $(VENV) "$(DEMO_DIR)"

## The web server from outside (docs/testing.md, "Web tests"; docs/serve.md): headless Chromium
## through Selenium (the issue's scenarios, axe-core accessibility, keyboard-only forms), the
## security sweep over HTTP, then a short wrk run against nginx and `rounds serve` (3 s per URL,
## with command-line edits on the same store meanwhile: docs/benchmarks.md). Debian's chromium, chromium-driver, wrk and nginx-light; Selenium and axe-core from
## PyPI into .venv (Tests/Web/requirements.txt). Screenshots land in .build/web-artefacts/.
.PHONY: web-deps test-web bench-serve
WEB_PYTEST = rc=0; $(PY) -m pytest -q -p no:cacheprovider $(1) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "web tests: pytest ran no test" >&2; fi; exit $$rc
WEB_TESTS ?= Tests/Web
SERVE_LOAD_FLAGS ?=
test: test-web

web-deps: system-deps $(VENV)/.web-installed
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v wrk >/dev/null 2>&1 || missing="$$missing wrk"; \
	[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing="$$missing nginx-light"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.web-installed: $(VENV)/.installed Tests/Web/requirements.txt Tests/Web/axe-requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r Tests/Web/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps \
	  -r Tests/Web/axe-requirements.txt
	touch $@

test-web: web-deps
	$(SWIFT) build --product rounds
	@export ROUNDS_BIN="$(CURDIR)/.build/debug/rounds"; $(call WEB_PYTEST,$(WEB_TESTS))
	$(PY) Benchmarks/serve_load.py --rounds "$(CURDIR)/.build/debug/rounds" --short \
	  $(SERVE_LOAD_FLAGS)

## The full load run (docs/benchmarks.md, "Web server"): release build, 100 connections, 20 s
## per URL, CLI edits on the same store meanwhile. Not part of `make test`.
bench-serve: web-deps
	$(SWIFT) build -c release --product rounds
	$(PY) Benchmarks/serve_load.py --rounds "$$($(SWIFT) build -c release --show-bin-path)/rounds" \
	  --markdown "$(BENCH_DIR)/serve-load.md" $(SERVE_LOAD_FLAGS)
