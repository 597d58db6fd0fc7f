/*
 * check-name: tree: an object a Makefile lists and then assigns away (mm/Makefile's mmu-y := nommu.o, then mmu-$(CONFIG_MMU) := highmem.o ... with CONFIG_MMU set) is not built, with the variable and the Makefile as the reason; one assigned inside a conditional kbuild does not take, or one left in the list, is not
 * check-command: TREE_RUNS=2 TREE_APPEND=drivers/misc/Makefile:trees/fragments/misc-reassign.mk testcases/tree-run pagecheck -j2 | grep -E "misc/|^run"
 *
 * check-output-start
run 1:
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
run 2:
not built: drivers/misc/broken.c: misc-y is assigned again without it (in drivers/misc/Makefile)
drivers/misc/broken.c: not built: misc-y is assigned again without it (in drivers/misc/Makefile)
 * check-output-end
 */
