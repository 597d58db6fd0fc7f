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
	gcc-s390x-linux-gnu python3

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

# Audit a kernel tree (default: Debian's linux-source-6.1, unpacked under
# build/trees). TARGETS="drivers/char/virtio_console.o" uses kbuild's hook.
KDIR ?= /usr/src/linux-source-6.1
check: pagecheck
	@J=$(J) ./tools/check-kernel "$(KDIR)" "$(O)" "$(ARCH)" "$(TARGETS)"

clean:
	rm -rf build pagecheck pagecheck-asan

.PHONY: all deps test check clean
