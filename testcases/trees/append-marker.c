/* appended to drivers/sub/flagged.c by tree-suppress: a marker that
 * suppresses nothing, read in the tree (not the working dir) */
/* pagecheck-ignore: missing-accessible left over from a removed hole */
