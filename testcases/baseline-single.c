/*
 * check-name: --baseline FILE: only the findings the baseline's findings.json does not have (by fingerprint, so moved lines still match); the count left out is said on stderr; a baseline with them all exits 0; a bad baseline exits 2 and prints no findings
 * check-command: pagecheck --format=json $file >/tmp/pagecheck-baseline.json; python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d["findings"] = [f for f in d["findings"] if f["function"] == "send_cached"]; [f.update(line=f["line"] + 40) for f in d["findings"]]; json.dump(d, open(sys.argv[1], "w"))' /tmp/pagecheck-baseline.json; pagecheck $file --baseline /tmp/pagecheck-baseline.json | grep -v note:; echo "exit ${PIPESTATUS[0]}"; pagecheck --format=json $file >/tmp/pagecheck-baseline.json; pagecheck $file --baseline /tmp/pagecheck-baseline.json; echo "exit $?"; pagecheck $file --baseline $file; echo "exit $?"; rm -f /tmp/pagecheck-baseline.json
 *
 * check-output-start
pagecheck: baseline: 1 finding of /tmp/pagecheck-baseline.json left out (known)
testcases/baseline-single.c:33:2: warning: 'other' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
exit 1
pagecheck: baseline: 2 findings of /tmp/pagecheck-baseline.json left out (known)
exit 0
pagecheck: --baseline testcases/baseline-single.c: cannot be read as JSON: json_tokener_parse_ex failed: unexpected character
exit 2
 * check-output-end
 */
#include "kernel.h"

int send_cached(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *cached = find_get_page(mapping, 0);

	if (!cached)
		return -EFAULT;
	sg_set_page(sg, cached, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int send_other(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *other = find_get_page(mapping, 1);

	if (!other)
		return -EFAULT;
	sg_set_page(sg, other, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
