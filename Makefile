# kgraph - news text to knowledge graph.  See README.md.
#   make            build ./kgraph
#   make run        install missing Debian packages, build, build the graph of fixtures/ into out/
#   make test       build and run every test (also under ASan+UBSan)
#   make eval       score extraction on fixtures/ (and ../shared/seeds when present)
#   make SANITIZE=address,undefined ...   sanitizer build (objects in out/obj-san/)
#   make fuzz [FUZZ_SECONDS=60]   run each libFuzzer target (clang) for that long
#   make bench      throughput and scale, as ratios to a grep reference (BENCH_BIG=1: 200 MB, 1M entities)
#   make install PREFIX=/usr/local DESTDIR=
#   V=1 shows the commands.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/kgraph

CC      ?= cc
PKGS     = igraph libcgraph libgvc
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wformat=2 -Wvla -Wpointer-arith
OPT     ?= -O2 -g
CFLAGS  ?=
CFLAGS  += -std=c11 $(OPT) $(WARN) -D_POSIX_C_SOURCE=200809L \
           -DKG_DATADIR='"$(DATADIR)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm -lpthread

ifneq ($(SANITIZE),)
CFLAGS  += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
OBJDIR  ?= out/obj-san
BIN     ?= out/kgraph-san
else
OBJDIR  ?= out/obj
BIN     ?= kgraph
endif

ifeq ($(V),1)
Q =
else
Q = @
endif

SRC  = kgraph.c kgbuf.c diag.c xalloc.c json.c schema.c inputs.c progress.c \
       $(wildcard extract/*.c) $(wildcard graph/*.c) $(wildcard export/*.c)
OBJ  = $(SRC:%.c=$(OBJDIR)/%.o)
LIBOBJ = $(filter-out $(OBJDIR)/kgraph.o,$(OBJ))

# Debian packages the build, `make run` and the tests need.
DEB_PKGS = build-essential pkg-config libigraph-dev libgraphviz-dev graphviz libcsv-dev \
           libxml2-utils python3-igraph python3-networkx python3-pygraphviz parallel valgrind chromium

.PHONY: all deps run test test-fast eval clean install update-golden units fuzz fuzz-build bench

all: $(BIN)

# Unit tests: each tests/unit/test_X.c is linked with every object but main.
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(OBJDIR)/unit/%)

units: $(UNIT_BIN)

$(OBJDIR)/unit/%: tests/unit/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS) -I. -o $@ $< $(LIBOBJ) $(LDFLAGS) $(LDLIBS)

$(BIN): $(OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(OBJDIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(OBJ:.o=.d)

# Install what is missing, through sudo when not root; say so clearly when
# neither works.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "deps: installing$$missing"; \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; \
	    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; \
	    else echo "deps: missing Debian packages:$$missing"; \
	         echo "deps: run as root or with sudo: apt-get install$$missing"; exit 1; fi; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing \
	      || { echo "deps: apt-get install failed for:$$missing"; exit 1; }; \
	fi

run: deps
	$(MAKE) all
	./kgraph build --render svg -o out fixtures/

test: deps
	$(MAKE) all units
	$(MAKE) SANITIZE=address,undefined all units
	sh tests/run.sh

# The tests without the dependency check or the sanitizer build.
test-fast: all units
	sh tests/run.sh

eval: all
	./kgraph eval fixtures/
	@if [ -d ../shared/seeds ]; then ./kgraph eval ../shared/seeds; fi

# Throughput, memory and scale against a reference in the same run (not a test).
bench: all
	sh tests/bench/bench.sh

update-golden: all
	KG_UPDATE_GOLDEN=1 sh tests/run.sh

# Fuzzing with clang's libFuzzer (Debian: clang, libclang-rt-14-dev): every
# object built with coverage and ASan+UBSan in out/obj-fuzz, one binary per
# tests/fuzz/fuzz_X.c, run for FUZZ_SECONDS each on a working copy of its
# seed corpus tests/fuzz/corpus/X; crashes are written to out/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SRC      = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES    = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)

fuzz-build:
	@command -v $(FUZZ_CC) >/dev/null || { echo "fuzz: needs clang with libFuzzer (apt-get install clang libclang-rt-14-dev)"; exit 1; }
	$(MAKE) CC=$(FUZZ_CC) SANITIZE=fuzzer-no-link,address,undefined OBJDIR=out/obj-fuzz \
	    WARN='$(WARN) -Wno-format-nonliteral' \
	    BIN=out/obj-fuzz/kgraph $(FUZZ_NAMES:%=out/fuzz/fuzz_%)

out/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  FUZZ    $<"
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer -I. -o $@ $< $(LIBOBJ) $(LDFLAGS) -fsanitize=fuzzer $(LDLIBS)

fuzz: fuzz-build
	@for n in $(FUZZ_NAMES); do \
	    mkdir -p out/fuzz/corpus-$$n out/fuzz/crash-$$n; \
	    cp -n tests/fuzz/corpus/$$n/* out/fuzz/corpus-$$n/ 2>/dev/null; \
	    echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
	    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	    out/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	        -artifact_prefix=out/fuzz/crash-$$n/ -print_final_stats=1 \
	        out/fuzz/corpus-$$n 2>out/fuzz/$$n.log || { tail -n 40 out/fuzz/$$n.log; exit 1; }; \
	    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cov: ' out/fuzz/$$n.log | tail -n 4; \
	done

MANDIR   = $(PREFIX)/share/man/man1

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lexicon $(DESTDIR)$(MANDIR)
	install -m 755 kgraph $(DESTDIR)$(BINDIR)/kgraph
	install -m 644 extract/lexicon/*.csv $(DESTDIR)$(DATADIR)/lexicon/
	install -m 644 kgraph.1 $(DESTDIR)$(MANDIR)/kgraph.1

clean:
	rm -rf out/obj out/obj-san out/obj-fuzz out/obj-tsan out/fuzz out/bench out/kgraph-san out/kgraph-tsan out/test kgraph
