/*
 * check-name: --format=json: findings with trace and fingerprint, file status, and every site with its verdict
 * check-command: pagecheck --format=json $file
 * check-exit-value: 1
 *
 * check-output-start
{
  "version":1,
  "summary":{
    "files":1,
    "failed":0,
    "findings":1,
    "definite":1,
    "by_rule":{
      "missing-accessible":1
    }
  },
  "files":[
    {
      "file":"testcases/cli-json.c",
      "status":"analyzed",
      "functions":2
    }
  ],
  "findings":[
    {
      "file":"testcases/cli-json.c",
      "line":123,
      "column":2,
      "rule":"missing-accessible",
      "confidence":"definite",
      "function":"send",
      "expression":"cached",
      "message":"'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference",
      "fingerprint":"d2a6a394d39b982e",
      "found_by":[
        "clang"
      ],
      "trace":[
        {
          "file":"testcases/cli-json.c",
          "line":115,
          "column":24,
          "step":"'cached' comes from find_get_page() (pagecache pages), which takes a new reference"
        },
        {
          "file":"testcases/cli-json.c",
          "line":126,
          "column":9,
          "step":"I/O starts here: dma_map_sg() submits the carrier"
        }
      ]
    }
  ],
  "sites":[
    {
      "file":"testcases/cli-json.c",
      "line":115,
      "column":24,
      "function":"send",
      "api":"find_get_page",
      "expression":"cached",
      "origin":"pagecache",
      "verdict":"missing",
      "path":[
        {
          "file":"testcases/cli-json.c",
          "line":123,
          "column":2,
          "step":"reaches I/O: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)"
        }
      ],
      "finding":"d2a6a394d39b982e"
    },
    {
      "file":"testcases/cli-json.c",
      "line":116,
      "column":21,
      "function":"send",
      "api":"alloc_page",
      "expression":"own",
      "origin":"kernel",
      "verdict":"kernel-private"
    },
    {
      "file":"testcases/cli-json.c",
      "line":117,
      "column":22,
      "function":"send",
      "api":"find_get_page",
      "expression":"safe",
      "origin":"pagecache",
      "verdict":"guarded"
    },
    {
      "file":"testcases/cli-json.c",
      "line":131,
      "column":22,
      "function":"unused_ref",
      "api":"find_get_page",
      "expression":"page",
      "origin":"pagecache",
      "verdict":"released"
    }
  ],
  "field_stores":[
  ]
}
 * check-output-end
 */
#include "kernel.h"

int send(struct device *dev, struct scatterlist *sg, struct address_space *mapping)
{
	struct page *cached = find_get_page(mapping, 0);
	struct page *own = alloc_page(GFP_KERNEL);
	struct page *safe = find_get_page(mapping, 1);

	if (!cached || !own || !safe)
		return -ENOMEM;
	if (arch_make_page_accessible(safe))
		return -EIO;
	sg_set_page(&sg[0], cached, PAGE_SIZE, 0);
	sg_set_page(&sg[1], own, PAGE_SIZE, 0);
	sg_set_page(&sg[2], safe, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 3, 1);
}

void unused_ref(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 2);

	if (page)
		put_page(page);
}
