/* drivers/target/iscsi/cxgbit cxgbit_handle_immediate_data(): a received
 * skb's frag (skb_frag_t is a bio_vec) mapped into the command's sg list */
#include "../kernel.h"
#include "../accessor/frag.h"

int map_immediate(struct scatterlist *sg, skb_frag_t *dfrag, struct device *dev)
{
	get_page(skb_frag_page(dfrag));
	sg_set_page(sg, skb_frag_page(dfrag), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
