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
	gcc-s390x-linux-gnu clang-14 python3 linux-source-6.12

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

deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEB_PACKAGES)

# The test suite runs every case with the normal build and again under
# ASan/UBSan (leak checking off: libclang keeps caches until exit).
test: pagecheck pagecheck-asan
	@ASAN_OPTIONS=detect_leaks=0 PAGECHECK="./pagecheck ./pagecheck-asan" ./testcases/run-tests

# Audit a kernel tree: make check [KDIR=<tree>] [ARCH=x86_64|s390]
# [KCONFIG=defconfig|allmodconfig|<file>] [O=<build dir>] [J=<jobs>].
# KDIR may name a Debian linux-source tarball without its .tar.xz (the
# default, /usr/src/linux-source-6.1): it is unpacked once under build/trees.
# With TARGETS="drivers/char/virtio_console.o ..." kbuild builds those
# objects and runs pagecheck as its checker (C=2 CHECK=) instead.
KDIR ?= /usr/src/linux-source-6.1
ARCH ?= x86_64
TREE := $(if $(wildcard $(KDIR)/Makefile),$(KDIR),$(if $(wildcard $(KDIR).tar.xz),build/trees/$(notdir $(KDIR)),$(KDIR)))
TREE_OPTS = --arch=$(ARCH) $(if $(KCONFIG),--kconfig=$(KCONFIG)) $(if $(O),-O $(O)) \
	$(if $(J),-j $(J))
BUILD_DIR = $(if $(O),$(O),build/kernel/$(notdir $(TREE))-$(ARCH))

build/trees/%/Makefile:
	@mkdir -p build/trees
	@echo "unpacking $(KDIR).tar.xz into build/trees"
	tar -C build/trees -xf $(KDIR).tar.xz

check: pagecheck $(if $(filter build/trees/%,$(TREE)),$(TREE)/Makefile)
ifeq ($(TARGETS),)
	./pagecheck tree $(TREE_OPTS) $(TREE)
else
	./pagecheck tree --prepare-only $(TREE_OPTS) $(TREE)
	$(MAKE) -C $(TREE) O=$(abspath $(BUILD_DIR)) ARCH=$(ARCH) \
		$(if $(filter s390,$(ARCH)),CROSS_COMPILE=s390x-linux-gnu-) \
		C=2 CHECK=$(CURDIR)/pagecheck $(TARGETS)
endif

# The real-tree regression check: a tree run of each tree (warm from the
# cache when nothing changed), then testcases/regress/<tree>-<arch>.expect
# against its findings.json: findings and silences read against the source.
REGRESS_TREES ?= linux-source-6.1 linux-source-6.12
regress: pagecheck
	@for t in $(REGRESS_TREES); do \
		$(MAKE) --no-print-directory check KDIR=/usr/src/$$t ARCH=$(ARCH) >build/regress-$$t.log 2>&1; \
		echo "regress: $$t ($(ARCH)), tree run log in build/regress-$$t.log"; \
		./tools/regress testcases/regress/$$t-$(ARCH).expect reports/$$t-$(ARCH)/findings.json || exit 1; \
	done

# The semantic patches of cocci/ are generated from rules.yaml (a test fails
# when the committed ones are out of date).
COCCI_RULES := missing-accessible unchecked-accessible io-without-ref accessible-before-ref
cocci: pagecheck rules.yaml
	@for r in $(COCCI_RULES); do ./pagecheck cocci $$r > cocci/$$r.cocci || exit 1; done
	@echo "cocci/: $(COCCI_RULES:%=%.cocci)"

# Speed figures of a whole-tree run: a cold run beside bare clang
# -fsyntax-only on the same files, a warm run, and spatch.
bench: pagecheck $(if $(filter build/trees/%,$(TREE)),$(TREE)/Makefile)
	./tools/bench $(TREE) $(TREE_OPTS)

clean:
	rm -rf build pagecheck pagecheck-asan

.PHONY: all deps test check bench cocci clean regress
