/*
 * check-name: MSG_SPLICE_PAGES where every sender wraps kernel-private pages (an nvme-tcp-like sender: alloc_page() pages in a bio_vec, iov_iter_bvec(), sock_sendmsg()): what skb_splice_from_iter() extracts is kernel-private, so skb_append_pagefrags() is silent and the extraction's site kernel-private
 * check-command: pagecheck testcases/splice/skbuff.c testcases/splice/own-pages.c; pagecheck --format=json testcases/splice/skbuff.c testcases/splice/own-pages.c | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
skb_append_pagefrags get_page page kernel-private 
skb_splice_from_iter iov_iter_extract_pages pages[] kernel-private 
send_own_pages alloc_page page kernel-private 
 * check-output-end
 */
int unused;
