# spc — build, test, demo, bench.  `make` builds everything into build/:
#   build/spc            the compiler
#   build/libspcrt.a     the runtime linked into every compiled module
#   build/python/        the runtime Python package (__static__); PYTHONPATH=build/python
# Dependencies (Debian packages, the pinned tree-sitter-python grammar) are installed
# by scripts/deps.sh, run once per build directory.

PYTHON   ?= python3
CC       ?= gcc
BUILD    ?= build
SAN      ?=
OPT      ?= -O2

PY_INCLUDE := $(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
PY_LDEMBED := $(shell $(PYTHON)-config --ldflags --embed 2>/dev/null || $(PYTHON) -c 'import sysconfig as s; print("-L"+s.get_config_var("LIBDIR"), "-lpython"+s.get_config_var("LDVERSION"))')
GCCJIT_DIR := /usr/lib/gcc/x86_64-linux-gnu/12
GRAMMAR    := $(BUILD)/deps/tree-sitter-python

WARN    := -Wall -Wextra -Werror -Wformat=2 -Wmissing-prototypes -Wstrict-prototypes -Wno-unused-parameter
CFLAGS  := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) -g $(WARN) $(SAN)
CPPFLAGS_C := -Icompiler -I$(GCCJIT_DIR)/include
LDLIBS_C := -L$(GCCJIT_DIR) -Wl,-rpath,$(GCCJIT_DIR) -lgccjit -ltree-sitter
RT_CFLAGS := -std=c11 -D_GNU_SOURCE $(OPT) -g -fPIC -fvisibility=hidden $(WARN) -Wno-missing-prototypes -Iruntime -I$(PY_INCLUDE)

COMPILER_SRCS := $(wildcard compiler/*.c)
COMPILER_OBJS := $(COMPILER_SRCS:compiler/%.c=$(BUILD)/obj/%.o)
LIB_OBJS      := $(filter-out $(BUILD)/obj/main.o,$(COMPILER_OBJS)) $(BUILD)/obj/ts_parser.o $(BUILD)/obj/ts_scanner.o
STATIC_SRCS   := $(wildcard runtime/static_*.c)
EXT_SUFFIX    := $(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
STATIC_EXT    := $(BUILD)/python/__static__/_static$(EXT_SUFFIX)
RUNTIME_SRCS  := $(filter-out $(STATIC_SRCS),$(wildcard runtime/*.c))
RUNTIME_OBJS  := $(RUNTIME_SRCS:runtime/%.c=$(BUILD)/rtobj/%.o)
PYPKG_SRCS    := $(shell find runtime/python -type f -name '*.py')
UNIT_SRCS     := $(wildcard tests/unit/test_*.c)
UNIT_BINS     := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)
RTUNIT_SRCS   := $(wildcard tests/unit/rt_test_*.c)
RTUNIT_BINS   := $(RTUNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)
DEPS_STAMP    := $(BUILD)/.deps-ok

# The AddressSanitizer+UBSan compiler used by the fuzz tier of `make test` and `make fuzz`.
ASAN_SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -Wno-format-truncation
ASAN_SPC := build-asan/spc
FUZZ_MUTATIONS ?= 300
FUZZ_SEED ?= 1

.PHONY: all deps test test-unit test-tiers test-asan test-stdlib test-stdlib-quick demo bench clean asan-spc docs docs-check fuzz fuzz-programs bench-check

all: $(BUILD)/spc $(BUILD)/libspcrt.a $(BUILD)/python/.stamp $(STATIC_EXT)

deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/deps.sh
	sh scripts/deps.sh $(BUILD)
	@touch $@

$(BUILD)/obj/%.o: compiler/%.c $(wildcard compiler/*.h compiler/*.def) runtime/rt.def runtime/py_layout.h | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(CPPFLAGS_C) -DSPC_PYTHON_DEFAULT='"$(PYTHON)"' -c $< -o $@

# The grammar is generated code from npm: compiled without our warning flags.
$(BUILD)/obj/ts_parser.o: $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 $(SAN) -w -I$(GRAMMAR)/src -c $(GRAMMAR)/src/parser.c -o $@
$(BUILD)/obj/ts_scanner.o: $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 $(SAN) -w -I$(GRAMMAR)/src -c $(GRAMMAR)/src/scanner.c -o $@

$(BUILD)/spc: $(BUILD)/obj/main.o $(LIB_OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS_C)

$(BUILD)/rtobj/%.o: runtime/%.c $(wildcard runtime/*.h runtime/*.def) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -c $< -o $@

$(BUILD)/libspcrt.a: $(RUNTIME_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/python/.stamp: $(PYPKG_SRCS)
	@mkdir -p $(BUILD)/python
	cp -r runtime/python/. $(BUILD)/python/
	@touch $@

# The C part of the __static__ package (checked containers, Array): a CPython extension
# linked against nothing but the Python headers; not part of libspcrt.a.
$(STATIC_EXT): $(STATIC_SRCS) $(wildcard runtime/static_*.h) | $(BUILD)/python/.stamp
	$(CC) $(RT_CFLAGS) -shared -o $@ $(STATIC_SRCS)

# ---- tests ----
$(BUILD)/unit/test_%: tests/unit/test_%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-missing-prototypes $(CPPFLAGS_C) -o $@ $< $(LIB_OBJS) $(LDLIBS_C) -lcmocka

$(BUILD)/unit/rt_test_%: tests/unit/rt_test_%.c $(BUILD)/libspcrt.a
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -Wno-missing-prototypes -o $@ $< $(BUILD)/libspcrt.a $(PY_LDEMBED) -lcmocka

test-unit: all $(UNIT_BINS) $(RTUNIT_BINS)
	@set -e; for t in $(UNIT_BINS) $(RTUNIT_BINS); do echo "== $$t"; SPC_RUNTIME_ARCHIVE=$(BUILD)/libspcrt.a $$t; done

# The fuzz tier (every test file truncated at every line + 10 mutations each, seed 0)
# runs the ASan build of spc.
test-tiers: all asan-spc
	$(PYTHON) tests/run_tests.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python --fuzz-spc $(ASAN_SPC)

test: test-unit test-tiers test-stdlib-quick docs-check

# CPython's own unit tests (test.test_NAME) against stdlib modules compiled by spc
# (scripts/test_stdlib.py: its MODULES table lists them with their expected state).
test-stdlib: all
	$(PYTHON) scripts/test_stdlib.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python

# The fast modules expected to pass (part of `make test`).
test-stdlib-quick: all
	$(PYTHON) scripts/test_stdlib.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python --quick

asan-spc:
	$(MAKE) BUILD=build-asan SAN="$(ASAN_SAN)" OPT=-O1 $(ASAN_SPC)

# docs/DIAGNOSTICS.md is generated from compiler/diag.def; docs-check fails when stale.
docs:
	$(PYTHON) scripts/gen_diag_docs.py
docs-check:
	$(PYTHON) scripts/gen_diag_docs.py --check

# The long fuzz run: FUZZ_MUTATIONS mutations per test file under ASan+UBSan
# (failing inputs are kept in build/fuzz-failures/).
fuzz: asan-spc
	$(PYTHON) scripts/fuzz_check.py --spc $(ASAN_SPC) --mutations $(FUZZ_MUTATIONS) --seed $(FUZZ_SEED)

# Differential fuzzing: FUZZ_SEEDS generated programs, spc run vs CPython (not part of make test).
FUZZ_SEEDS ?= 100
FUZZ_JOBS ?= 1
fuzz-programs: all
	$(PYTHON) scripts/fuzz_programs.py --spc $(BUILD)/spc --seeds $(FUZZ_SEEDS) -j $(FUZZ_JOBS)

# spc check (and mypy, when installed) on synthetic modules of 10k, 100k and 1M lines.
bench-check: all
	$(PYTHON) scripts/bench_check.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python

# Compiler and runtime under AddressSanitizer + UBSan, separate build directory.
test-asan:
	$(MAKE) BUILD=build-asan SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -Wno-format-truncation" OPT=-O1 all
	ASAN_OPTIONS=detect_leaks=1 $(PYTHON) tests/run_tests.py --spc build-asan/spc --pythonpath build-asan/python --tiers check,ir

demo: all
	$(PYTHON) scripts/demo.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python

bench: all
	$(PYTHON) scripts/bench.py --spc $(BUILD)/spc --pythonpath $(BUILD)/python

clean:
	rm -rf build build-asan
