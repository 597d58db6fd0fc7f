/*
 * check-name: missing-accessible patch mode: the diff adds the guard (after the unlock where the page is unlocked), git apply takes it, and only the function it must not rewrite is still reported
 * check-command: c=$PWD/cocci/missing-accessible.cocci; d=$(mktemp -d); cp -r testcases/kernel.h testcases/patch $d/; (cd $d/patch && spatch --very-quiet --no-includes --include-headers -D patch --patch . --sp-file $c pipe-to-sg.c > fix.diff; cat fix.diff; git apply --check fix.diff && git apply fix.diff && echo "applied"); pagecheck $d/patch/pipe-to-sg.c | sed "s|$d/||"; rm -rf $d
 *
 * check-output-start
diff -u -p a/pipe-to-sg.c b/pipe-to-sg.c
--- a/pipe-to-sg.c
+++ b/pipe-to-sg.c
@@ -5,6 +5,10 @@
 int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
 {
 	get_page(page);
+	if (arch_make_page_accessible(page)) {
+		put_page(page);
+		return -EIO;
+	}
 	sg_set_page(sg, page, PAGE_SIZE, 0);
 	return dma_map_sg(dev, sg, 1, 1);
 }
@@ -14,6 +18,10 @@ int steal_one(struct pipe_buffer *buf, s
 {
 	get_page(buf->page);
 	unlock_page(buf->page);
+	if (arch_make_page_accessible(buf->page)) {
+		put_page(buf->page);
+		return -EIO;
+	}
 	sg_set_page(sg, buf->page, buf->len, buf->offset);
 	return 0;
 }
applied
patch/pipe-to-sg.c:33:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
patch/pipe-to-sg.c:32:2: note: 'page' has unknown origin (parameter or caller-provided page)
patch/pipe-to-sg.c:32:2: note: new reference taken by get_page()
patch/pipe-to-sg.c:30:6: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
