# Chorus — one GNU Makefile. The README's two commands: `make run`, `make test`.
.SUFFIXES:
SHELL      := /bin/sh
TOP        := $(CURDIR)
BUILD      ?= build
VAR        ?= $(TOP)/var
PORT       ?= 8080
TEST_PORT  ?= 8089
TEST_VAR   ?= $(TOP)/var/test-stack

PKGS       := fcgi libmariadb libctemplate libsodium inih liburiparser libcsv
# Voice team links (helper D): SVG QR codes drawn from libqrencode's matrix.
PKGS       += libqrencode
ifeq ($(origin CC),default)
CC         := cc
endif
ifeq ($(origin CXX),default)
CXX        := c++
endif
CFLAGS     ?= -O2 -g
CXXFLAGS   ?= -O2 -g
WARN       := -Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
HARDEN     := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
PKG_CFLAGS  = $(shell pkg-config --cflags $(filter-out libcsv,$(PKGS)) 2>/dev/null)
PKG_LIBS    = $(shell pkg-config --libs $(filter-out libcsv,$(PKGS)) 2>/dev/null) -lcsv
ALL_CFLAGS  = -std=c11 -D_GNU_SOURCE $(WARN) $(HARDEN) $(PKG_CFLAGS) -Icgi/core $(CFLAGS)
ALL_CXXFLAGS= -std=c++11 -Wall -Wextra $(HARDEN) $(PKG_CFLAGS) -Icgi/core $(CXXFLAGS)
LDFLAGS    ?=
ALL_LDFLAGS = -pie -Wl,-z,relro,-z,now $(LDFLAGS)

CORE_C     := $(sort $(wildcard cgi/core/*.c))
CORE_CXX   := $(sort $(wildcard cgi/core/*.cc))
CORE_OBJ   := $(CORE_C:%.c=$(BUILD)/%.o) $(CORE_CXX:%.cc=$(BUILD)/%.o)
LIBCORE    := $(BUILD)/libcore.a

PROGS      := chorus-staff chorus-voice chorus-insights chorus-admin chorusctl
PROG_BINS  := $(PROGS:%=$(BUILD)/%)

UNIT_SRC   := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

FUZZ_SRC   := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS  := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
FUZZ_SECONDS ?= 20

# Keep test objects between runs.
.SECONDARY:

.PHONY: all deps run start stop test unit check fuzz fuzz-build asan bench clean
all: $(PROG_BINS)

deps:
	@sh deploy/deps.sh

# -MMD -MP: each object also depends on the headers it includes (the
# .d files beside it), so a changed struct in any program's own header
# rebuilds every object that uses it, not only those under cgi/core.
$(BUILD)/%.o: %.c $(wildcard cgi/core/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.cc $(wildcard cgi/core/*.h)
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CXXFLAGS) -MMD -MP -c -o $@ $<

-include $(wildcard $(BUILD)/cgi/*/*.d $(BUILD)/tests/unit/*.d)

$(LIBCORE): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

# One link rule per program: its own objects plus libcore.a.
define program
$(BUILD)/$(1): $(patsubst %.c,$(BUILD)/%.o,$(wildcard cgi/$(2)/*.c)) $(LIBCORE)
	$$(CXX) $$(ALL_LDFLAGS) -o $$@ $$(filter %.o,$$^) $$(LIBCORE) $$(PKG_LIBS)
endef
$(foreach p,$(PROGS),$(eval $(call program,$(p),$(patsubst chorus-%,%,$(p)))))

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(LIBCORE)
	$(CXX) $(ALL_LDFLAGS) -o $@ $< $(LIBCORE) $(PKG_LIBS) -lcmocka

# Unit tests: cmocka, linked against libcore.a; no database needed.
unit: $(UNIT_BINS)
	@sh tests/unit/run.sh $(UNIT_BINS)

# libFuzzer targets for every parser, built with clang and sanitizers.
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_GNU_SOURCE -Icgi/core $(PKG_CFLAGS)
# The parsers and what they stand on; nothing that needs a database.
FUZZ_CORE  := $(addprefix cgi/core/,arena.c buf.c utf8.c form.c cookie.c field.c survey.c survey_def.c spool_record.c roster.c audit.c)
$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZ_CORE) $(wildcard cgi/core/*.h)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -o $@ $< $(FUZZ_CORE) -luriparser -lsodium -lcsv

fuzz-build: $(FUZZ_BINS)
fuzz: $(FUZZ_BINS)
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BINS)

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory BUILD=build-asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" \
	    CXXFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=address,undefined" unit

run: deps all
	@VAR=$(VAR) PORT=$(PORT) BUILD=$(TOP)/$(BUILD) sh deploy/stack.sh run

start: deps all
	@VAR=$(VAR) PORT=$(PORT) BUILD=$(TOP)/$(BUILD) sh deploy/stack.sh start

stop:
	@VAR=$(VAR) PORT=$(PORT) BUILD=$(TOP)/$(BUILD) sh deploy/stack.sh stop

# Everything: installs, build, unit tests, short fuzz runs, then a throw-away
# stack for the HTTP and browser tests. Ends with "N passed, N failed".
test: deps all $(UNIT_BINS) $(FUZZ_BINS)
	@TOP=$(TOP) BUILD=$(TOP)/$(BUILD) VAR=$(TEST_VAR) PORT=$(TEST_PORT) \
	    UNIT_BINS="$(UNIT_BINS)" FUZZ_BINS="$(FUZZ_BINS)" sh tests/run.sh

check: test

# Throughput: complete survey submissions per second (wrk on loopback, 30
# questions, durable commits) next to nginx serving a static file of the
# same size in the same run. A throw-away stack in BENCH_VAR on BENCH_PORT
# (the static baseline on BENCH_PORT+1). BENCH_SECONDS (20) per wrk run,
# BENCH_CONNS (8) wrk threads of one connection each.
BENCH_PORT ?= 8088
BENCH_VAR  ?= $(TOP)/var/bench-stack
bench: deps all
	@TOP=$(TOP) BUILD=$(TOP)/$(BUILD) VAR=$(BENCH_VAR) PORT=$(BENCH_PORT) \
	    sh tests/bench/run.sh

clean:
	rm -rf $(BUILD) build-asan
