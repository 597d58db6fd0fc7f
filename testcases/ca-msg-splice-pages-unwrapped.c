/*
 * check-name: 6.5+ MSG_SPLICE_PAGES (rules.yaml unpinned_extracts, from: iov_iter.bvec[]): in skb_splice_from_iter() iov_iter_extract_pages() hands back the pages some sender wrapped in the iterator (no reference, no guard); with no iov_iter_bvec() in the analyzed files their origin is unknown, so skb_append_pagefrags()'s frag is possible, not definite, and the extraction's site still missing through the helper
 * check-command: pagecheck testcases/splice/skbuff.c; pagecheck --format=json testcases/splice/skbuff.c | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
testcases/splice/skbuff.c:13:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/splice/skbuff.c:12:2: note: 'page' is parameter 2 of skb_append_pagefrags(): its callers hand it unknown pages
testcases/splice/skbuff.c:31:9: note: skb_splice_from_iter() passes 'pages[]' to skb_append_pagefrags()
testcases/splice/skbuff.c:23:16: note: origin: 'pages[]' comes from iov_iter_extract_pages() (unknown pages)
testcases/splice/skbuff.c:12:2: note: new reference taken by get_page()
testcases/splice/skbuff.c:14:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/splice/skbuff.c:23:16: note: the new reference it is about: iov_iter_extract_pages() in skb_splice_from_iter() (testcases/splice/skbuff.c:23)
testcases/splice/skbuff.c:23:16: site: iov_iter_extract_pages() in skb_splice_from_iter() ('pages[]') reaches I/O without the guard further on (missing)
testcases/splice/skbuff.c:12:2: note: it is handed to skb_append_pagefrags()
testcases/splice/skbuff.c:13:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible)
skb_append_pagefrags get_page page missing 
skb_splice_from_iter iov_iter_extract_pages pages[] missing handed to skb_append_pagefrags(); reaches I/O without the guard in skb_append_pagefrags() (testcases/splice/skbuff.c:13, possible)
 * check-output-end
 */
int unused;
