# broken.o is listed, then assigned away when CONFIG_SUB is set
misc-y := broken.o no_io.o
misc-$(CONFIG_SUB) := no_io.o
obj-y += misc.o
