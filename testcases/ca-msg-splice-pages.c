/*
 * check-name: 6.5+ MSG_SPLICE_PAGES followed from splice_to_socket(): the pipe's pages go into a bio_vec array (bvec_set_page()), the array into the message's iterator (iov_iter_bvec(), a wrap into iov_iter.bvec[]), the message to sock_sendmsg(); skb_splice_from_iter()'s iov_iter_extract_pages() hands back what the wraps stored, as it is; skb_append_pagefrags() takes the reference and fills the frag: definite, with the path back to splice_to_socket()
 * check-command: pagecheck testcases/splice/skbuff.c testcases/splice/to-socket.c; pagecheck --format=json testcases/splice/skbuff.c testcases/splice/to-socket.c | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
testcases/splice/skbuff.c:13:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/splice/skbuff.c:12:2: note: 'page' is parameter 2 of skb_append_pagefrags(): its callers hand it user or pagecache pages
testcases/splice/skbuff.c:31:9: note: skb_splice_from_iter() passes 'pages[]' to skb_append_pagefrags()
testcases/splice/skbuff.c:23:16: note: origin: 'pages[]' comes from iov_iter_extract_pages(), which hands back the pages put in 'iov_iter.bvec[]' as they are
testcases/splice/to-socket.c:17:2: note: filled: 'iov_iter.bvec[]' is filled with user or page-cache pages in splice_to_socket()
testcases/splice/skbuff.c:12:2: note: new reference taken by get_page()
testcases/splice/skbuff.c:14:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/splice/skbuff.c:23:16: note: the new reference it is about: iov_iter_extract_pages() in skb_splice_from_iter() (testcases/splice/skbuff.c:23)
testcases/splice/skbuff.c:23:16: site: iov_iter_extract_pages() in skb_splice_from_iter() ('pages[]') reaches I/O without the guard further on (missing)
testcases/splice/skbuff.c:12:2: note: it is handed to skb_append_pagefrags()
testcases/splice/skbuff.c:13:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite)
skb_append_pagefrags get_page page missing 
skb_splice_from_iter iov_iter_extract_pages pages[] missing handed to skb_append_pagefrags(); reaches I/O without the guard in skb_append_pagefrags() (testcases/splice/skbuff.c:13, definite)
 * check-output-end
 */
int unused;
