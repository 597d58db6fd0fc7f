# pagecheck — see README.md.  make; make test; make deps; make check KDIR=...
LLVM_CONFIG ?= $(shell command -v llvm-config-14 || command -v llvm-config)
CC ?= cc
CLANG_INC := $(shell $(LLVM_CONFIG) --includedir 2>/dev/null)
CLANG_LIB := $(shell $(LLVM_CONFIG) --libdir 2>/dev/null)
CFLAGS ?= -O2 -g
CFLAGS += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I$(CLANG_INC) \
	  -DPAGECHECK_DATADIR='"$(CURDIR)"'
LDLIBS := -L$(CLANG_LIB) -Wl,-rpath,$(CLANG_LIB) -lclang -lyaml -ljson-c

SRCS := $(wildcard src/*.c) $(wildcard checkers/*.c)
HDRS := $(wildcard src/*.h) $(wildcard checkers/*.h)
OBJS := $(SRCS:%.c=build/%.o)
SAN_OBJS := $(SRCS:%.c=build/san/%.o)
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

DEB_PACKAGES := build-essential llvm-14 libclang-14-dev libyaml-dev libjson-c-dev \
	coccinelle sparse linux-source-6.1 bc flex bison libelf-dev libssl-dev xz-utils \
	gcc-s390x-linux-gnu clang-14 python3 linux-source-6.12 chromium

all: pagecheck

pagecheck: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

pagecheck-asan: $(SAN_OBJS)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(SAN_OBJS) $(LDLIBS)

build/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

build/san/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SANFLAGS) -c -o $@ $<

# libFuzzer targets (fuzz/<target>.c), built with clang-14 against every
# engine file but main.c. make fuzz runs each for FUZZ_SECONDS from the
# corpus kept in fuzz/corpus/<target> (new inputs go to build/fuzz/corpus),
# or for FUZZ_RUNS executions;
# make fuzz-regress runs every input of fuzz/regressions/<target> once (make
# test does).
FUZZ_CC ?= clang-14
FUZZ_TARGETS := rules compile_flags kbuild_makefile summaries file_ir results_json cocci_report
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?=
FUZZFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -g -O1
FUZZ_OBJS := $(filter-out build/fuzz/src/main.o,$(SRCS:%.c=build/fuzz/%.o)) build/fuzz/fuzz/fuzz_input.o
FUZZ_BINS := $(FUZZ_TARGETS:%=build/fuzz/%)

build/fuzz/%.o: %.c $(HDRS) fuzz/fuzz_input.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I$(CLANG_INC) \
		-DPAGECHECK_DATADIR='"$(CURDIR)"' $(FUZZFLAGS) -c -o $@ $<

$(FUZZ_BINS): build/fuzz/%: build/fuzz/fuzz/%.o $(FUZZ_OBJS)
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

fuzz-build: $(FUZZ_BINS)

fuzz: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/corpus/$$t; \
		echo "fuzz: $$t $(if $(FUZZ_RUNS),for $(FUZZ_RUNS) runs,for $(FUZZ_SECONDS) s)"; \
		ASAN_OPTIONS=detect_leaks=1 build/fuzz/$$t \
			$(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS)) \
			-print_final_stats=1 -artifact_prefix=build/fuzz/$$t- \
			build/fuzz/corpus/$$t fuzz/corpus/$$t 2>build/fuzz/$$t.log || \
			{ tail -40 build/fuzz/$$t.log; exit 1; }; \
		grep -E "stat::number_of_executed_units|stat::peak_rss_mb" build/fuzz/$$t.log | \
			sed "s/^/  /"; \
	done

fuzz-regress: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
		ASAN_OPTIONS=detect_leaks=1 build/fuzz/$$t fuzz/corpus/$$t/* \
			$$(ls fuzz/regressions/$$t/* 2>/dev/null) >build/fuzz/$$t-regress.log 2>&1 || \
			{ echo "fuzz-regress: $$t FAILED"; tail -30 build/fuzz/$$t-regress.log; exit 1; }; \
		echo "fuzz-regress: $$t: $$(ls fuzz/corpus/$$t fuzz/regressions/$$t 2>/dev/null | \
			grep -vc ':$$\|^$$') inputs clean"; \
	done

deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEB_PACKAGES)
	@# npm: the machine's own when it has one (Debian's npm conflicts with a
	@# Node.js installed another way), else Debian's
	command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y npm
	$(MAKE) --no-print-directory sarif-multitool

# The SARIF multitool the tests validate findings.sarif with (a self-contained
# build in its platform package, no .NET runtime needed); npm does not run
# its install script, which only marks the binary executable.
SARIF_MULTITOOL := build/npm/node_modules/.bin/sarif-multitool
sarif-multitool:
	@mkdir -p build/npm
	npm install --prefix build/npm --no-audit --no-fund @microsoft/sarif-multitool
	chmod u+x build/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

# The test suite runs every case with the normal build and again under
# ASan/UBSan with LeakSanitizer on (testcases/lsan.supp lists what is
# libclang's own); tree workers end with _exit() and are not leak-checked.
test: pagecheck pagecheck-asan
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/testcases/lsan.supp \
		PAGECHECK="./pagecheck ./pagecheck-asan" ./testcases/run-tests

# Audit a kernel tree: make check [KDIR=<tree>] [ARCH=x86_64|s390]
# [KCONFIG=defconfig|allmodconfig|<file>] [O=<build dir>] [J=<jobs>]
# [STRICT=1] [FAIL_ON_FINDINGS=1].
# KDIR may name a Debian linux-source tarball without its .tar.xz (the
# default, /usr/src/linux-source-6.1): it is unpacked once under build/trees.
# With TARGETS="drivers/char/virtio_console.o ..." kbuild builds those
# objects and runs pagecheck as its checker (C=2 CHECK=) instead.
KDIR ?= /usr/src/linux-source-6.1
ARCH ?= x86_64
CHECK_PROGRAM ?= $(CURDIR)/pagecheck
TREE := $(if $(wildcard $(KDIR)/Makefile),$(KDIR),$(if $(wildcard $(KDIR).tar.xz),build/trees/$(notdir $(KDIR)),$(KDIR)))
TREE_OPTS = --arch=$(ARCH) $(if $(KCONFIG),--kconfig=$(KCONFIG)) $(if $(O),-O $(O)) \
	$(if $(J),-j $(J))
BUILD_DIR = $(if $(O),$(O),build/kernel/$(notdir $(TREE))-$(ARCH))

build/trees/%/Makefile:
	@mkdir -p build/trees
	@echo "unpacking $(KDIR).tar.xz into build/trees"
	tar -C build/trees -xf $(KDIR).tar.xz

# The audit's findings do not fail make (as sparse's warnings do not fail a
# kbuild C=1 build): make check fails only when the audit could not be done
# (pagecheck tree's exit status 2, or 1 with FAIL_ON_FINDINGS=1); the last
# line says which. STRICT=1: a built file that did not parse is such a
# failure.
check: pagecheck $(if $(filter build/trees/%,$(TREE)),$(TREE)/Makefile)
ifeq ($(TARGETS),)
	@echo "./pagecheck tree $(TREE_OPTS) $(if $(STRICT),--strict) $(TREE)"; \
	./pagecheck tree $(TREE_OPTS) $(if $(STRICT),--strict) $(TREE); status=$$?; \
	[ $$status -eq 0 ] || [ $$status -eq 1 -a -z "$(FAIL_ON_FINDINGS)" ] || exit $$status
else
	./pagecheck tree --prepare-only $(TREE_OPTS) $(TREE)
	$(MAKE) -C $(TREE) O=$(abspath $(BUILD_DIR)) ARCH=$(ARCH) \
		$(if $(filter s390,$(ARCH)),CROSS_COMPILE=s390x-linux-gnu-) \
		C=2 CHECK="$(CHECK_PROGRAM)" $(TARGETS)
endif

# The reports people read: make audit [KDIR=<tree>] [ARCH=...] (as make
# check): the tree run when reports/<tree>-<arch>/findings.json is missing,
# then pagecheck audit on it: index.html, report.md, findings.sarif there.
AUDIT_REPORTS = reports/$(notdir $(TREE))-$(ARCH)
audit: pagecheck
	@[ -f $(AUDIT_REPORTS)/findings.json ] || $(MAKE) --no-print-directory check KDIR=$(KDIR) \
		ARCH=$(ARCH) $(if $(KCONFIG),KCONFIG=$(KCONFIG)) $(if $(O),O=$(O)) $(if $(J),J=$(J))
	./pagecheck audit $(AUDIT_REPORTS); [ $$? -ne 2 ]

# The real-tree regression check: a tree run of each tree (warm from the
# cache when nothing changed), then testcases/regress/<tree>-<arch>.expect
# against its findings.json: findings and silences read against the source;
# then the README's make coccicheck lines on the tree make check unpacked
# (testcases/regress/<tree>-cocci.expect: reports, fixes, refused fixes).
REGRESS_TREES ?= linux-source-6.1 linux-source-6.12
regress: pagecheck
	@for t in $(REGRESS_TREES); do \
		$(MAKE) --no-print-directory check KDIR=/usr/src/$$t ARCH=$(ARCH) >build/regress-$$t.log 2>&1; \
		echo "regress: $$t ($(ARCH)), tree run log in build/regress-$$t.log"; \
		./tools/regress testcases/regress/$$t-$(ARCH).expect reports/$$t-$(ARCH)/findings.json || exit 1; \
		./tools/regress-cocci build/trees/$$t testcases/regress/$$t-cocci.expect build || exit 1; \
	done

# The semantic patches of cocci/ are generated from rules.yaml (a test fails
# when the committed ones are out of date), one per rule of the checkers'
# registry (expanded once ./pagecheck is built).
COCCI_RULES = $(shell ./pagecheck cocci --list)
cocci: pagecheck rules.yaml
	@for r in $(COCCI_RULES); do ./pagecheck cocci $$r > cocci/$$r.cocci || exit 1; done
	@echo "cocci/: $(COCCI_RULES:%=%.cocci)"

# Speed figures of a whole-tree run: a cold run beside bare clang
# -fsyntax-only on the same files, a warm run, and spatch.
# Then kbuild's own C=2 hook on BENCH_TARGETS with pagecheck under valgrind
# (memory errors and leaks on real kernel files fail the bench), and the
# check that none of it wrote into the tree: its file list, sizes and mtimes
# are the same before and after.
BENCH_TARGETS ?= drivers/vhost/scsi.o fs/splice.o drivers/char/virtio_console.o
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	--suppressions=$(CURDIR)/testcases/valgrind.supp
bench: pagecheck $(if $(filter build/trees/%,$(TREE)),$(TREE)/Makefile)
	@mkdir -p build/bench
	@./tools/tree-snapshot $(TREE) >build/bench/tree-before.txt
	./tools/bench $(TREE) $(TREE_OPTS)
	@echo "bench: kbuild C=2 on $(BENCH_TARGETS), pagecheck under valgrind"
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory check KDIR=$(KDIR) ARCH=$(ARCH) $(if $(O),O=$(O)) \
		TARGETS="$(BENCH_TARGETS)" CHECK_PROGRAM="$(VALGRIND) $(CURDIR)/pagecheck" \
		>build/bench/targets.log 2>&1 || \
		{ echo "bench: FAIL: see build/bench/targets.log"; grep -B2 -A20 "==[0-9]*==" \
		  build/bench/targets.log | head -60; exit 1; }; \
	echo "  valgrind: no memory error, no definite leak on $(words $(BENCH_TARGETS)) files ($$(($$(date +%s) - start)) s)"
	@./tools/tree-snapshot $(TREE) >build/bench/tree-after.txt
	@if cmp -s build/bench/tree-before.txt build/bench/tree-after.txt; then \
		echo "  tree untouched: $$(wc -l <build/bench/tree-after.txt) entries, same sizes and mtimes after the cold, warm, spatch and C=2 runs"; \
	else echo "bench: FAIL: the tree was written:"; \
		diff build/bench/tree-before.txt build/bench/tree-after.txt | head -20; exit 1; fi

clean:
	rm -rf build pagecheck pagecheck-asan

.PHONY: all deps test check bench cocci clean regress fuzz fuzz-build fuzz-regress audit-diff audit \
	sarif-multitool

# The diff of two audits: make audit-diff A=<old reports dir or findings.json>
# B=<new one>. The diff document goes to B's dir as diff.json (the HTML
# report shows it); the text is printed. Exits 0 also when findings appeared.
AUDIT_JSON = $(if $(filter %.json,$(1)),$(1),$(1)/findings.json)
audit-diff: pagecheck
	@[ -n "$(A)" ] && [ -n "$(B)" ] || { echo "usage: make audit-diff A=<old> B=<new>"; exit 2; }
	./pagecheck diff --format=json $(call AUDIT_JSON,$(A)) $(call AUDIT_JSON,$(B)) \
		>$(dir $(call AUDIT_JSON,$(B)))diff.json.tmp; [ $$? -le 1 ] && \
		mv $(dir $(call AUDIT_JSON,$(B)))diff.json.tmp $(dir $(call AUDIT_JSON,$(B)))diff.json
	@./pagecheck diff $(call AUDIT_JSON,$(A)) $(call AUDIT_JSON,$(B)); [ $$? -le 1 ]
