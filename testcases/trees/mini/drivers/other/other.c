/* Not built: CONFIG_OTHER is not set. It would not even parse. */
#include <linux/kconfig.h>

int other(struct scatterlist *sg, struct page *page) { get_page(page) sg_set_page(sg, page, 0, 0); return 0; }
