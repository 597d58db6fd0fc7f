/*
 * check-name: missing-accessible patch mode on a tree with only arch_make_folio_accessible() (-D folio_guard): 6.12's skb_append_pagefrags() gets the folio guard of its page, git apply takes it, and the references taken in a loop or under lock_sock() are reported, not rewritten
 * check-command: c=$PWD/cocci/missing-accessible.cocci; d=$(mktemp -d); cp -r testcases/kernel.h testcases/patch $d/; (cd $d/patch && spatch --very-quiet --no-includes --include-headers -D patch -D folio_guard --patch . --sp-file $c skb-append-pagefrags.c > fix.diff; cat fix.diff; git apply --check fix.diff && git apply fix.diff && echo "applied"); pagecheck $d/patch/skb-append-pagefrags.c | sed "s|$d/||"; rm -rf $d
 *
 * check-output-start
diff -u -p a/skb-append-pagefrags.c b/skb-append-pagefrags.c
--- a/skb-append-pagefrags.c
+++ b/skb-append-pagefrags.c
@@ -26,6 +26,10 @@ int skb_append_pagefrags(struct sk_buff
 	} else if (i < max_frags) {
 		skb_zcopy_downgrade_managed(skb);
 		get_page(page);
+		if (arch_make_folio_accessible(page_folio(page))) {
+			put_page(page);
+			return -EIO;
+		}
 		skb_fill_page_desc_noacc(skb, i, page, offset, size);
 	} else {
 		return -EMSGSIZE;
@@ -65,6 +69,10 @@ int send_page_unlocked(struct sock *sk,
 	lock_sock(sk);
 	release_sock(sk);
 	get_page(page);
+	if (arch_make_folio_accessible(page_folio(page))) {
+		put_page(page);
+		return -EIO;
+	}
 	skb_fill_page_desc_noacc(skb, 0, page, 0, PAGE_SIZE);
 	return 0;
 }
applied
patch/skb-append-pagefrags.c:50:3: warning: 'pages[]' reaches I/O in skb_fill_page_desc_noacc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
patch/skb-append-pagefrags.c:49:3: note: 'pages[]' has unknown origin (parameter or caller-provided page)
patch/skb-append-pagefrags.c:49:3: note: new reference taken by get_page()
patch/skb-append-pagefrags.c:53:2: note: returns with the page attached to a live carrier: I/O starts in a caller
patch/skb-append-pagefrags.c:61:2: warning: 'page' reaches I/O in skb_fill_page_desc_noacc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
patch/skb-append-pagefrags.c:60:2: note: 'page' has unknown origin (parameter or caller-provided page)
patch/skb-append-pagefrags.c:60:2: note: new reference taken by get_page()
patch/skb-append-pagefrags.c:63:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
