/*
 * check-name: cocci/missing-accessible.cocci in report mode (coccicheck's form) on the missing-accessible cases; a get_page() in the branch where pipe_buf_try_steal() succeeded is not reported (the early-return form of the proof is beyond it); where it is silent or wrong and pagecheck's clang engine is right is a limit of Coccinelle (see docs/design.md)
 * check-command: for f in testcases/ma-*.c testcases/ok-*.c testcases/ns-steal-*.c testcases/ca-*.c; do spatch --very-quiet --no-includes --include-headers -D report --sp-file cocci/missing-accessible.cocci $f; done 2>&1 | sed "s|$PWD/||"
 *
 * check-output-start
testcases/ma-alias.c:20:1-12: WARNING: queue_buf(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after try_get_page() took a new reference on line 18 (possible) [missing-accessible]
testcases/ma-anonymous-member.c:27:1-19: WARNING: add_frag(): 'buffer_info -> page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after get_page() took a new reference on line 26 (possible) [missing-accessible]
testcases/ma-branch-one-path.c:25:1-15: WARNING: send(): 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 15 (definite) [missing-accessible]
testcases/ma-folio.c:19:6-19: WARNING: read_folio_into(): 'folio' reaches I/O in bio_add_folio() without arch_make_page_accessible() after filemap_get_folio() took a new reference on line 15 (definite) [missing-accessible]
testcases/ma-get-page-sg.c:17:1-12: WARNING: map_one(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 16 (possible) [missing-accessible]
testcases/ma-goto-skips-guard.c:21:1-15: WARNING: send(): 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 18 (definite) [missing-accessible]
testcases/ma-gup-loop.c:22:2-13: WARNING: map_user(): 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 18 (definite) [missing-accessible]
testcases/ma-iov-iter-skb.c:24:2-20: WARNING: zerocopy_from_iter(): 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after iov_iter_get_pages2() took a new reference on line 20 (definite) [missing-accessible]
testcases/ma-macro-direct.c:19:8-20: WARNING: map(): 'page' reaches I/O in dma_map_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 15 (definite) [missing-accessible]
testcases/ma-pagecache-bio.c:19:5-17: WARNING: write_one(): 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 15 (definite) [missing-accessible]
testcases/ma-pipe-buf.c:27:2-13: WARNING: pipe_to_sg(): 'buf -> page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 24 (possible) [missing-accessible]
testcases/ma-switch.c:32:1-12: WARNING: send(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 16 (definite) [missing-accessible]
testcases/ma-unknown-helper-page.c:32:1-12: WARNING: map_kernel_buffer(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 31 (possible) [missing-accessible]
testcases/ma-unknown-helper-page.c:23:1-12: WARNING: map_ring_page(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 22 (possible) [missing-accessible]
testcases/ok-error-drops-carrier.c:17:1-12: WARNING: prepare(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 12 (definite) [missing-accessible]
testcases/ok-kernel-private.c:21:1-12: WARNING: fill_rx(): 'c' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 18 (possible) [missing-accessible]
testcases/ns-steal-failed.c:39:1-12: WARNING: share_stolen_by_ops(): 'buf -> page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 38 (possible) [missing-accessible]
testcases/ns-steal-failed.c:26:2-13: WARNING: share_unstolen(): 'buf -> page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 24 (possible) [missing-accessible]
testcases/ca-cpu-carrier.c:37:2-13: WARNING: af_alg_make_sg(): 'sgl -> pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 32 (possible) [missing-accessible]
testcases/ca-cpu-carrier.c:26:2-13: WARNING: fill_sgl(): 'sgl -> pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 21 (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:53:5-37: WARNING: append_user_pages(): 'pages[]' reaches I/O in sg_alloc_append_table_from_pages() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 49 (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:40:5-38: WARNING: map_user_segments(): 'pages[]' reaches I/O in sg_alloc_table_from_pages_segment() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 36 (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:28:5-30: WARNING: map_user_buffer(): 'd -> pages[]' reaches I/O in sg_alloc_table_from_pages() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 24 (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:42:6-19: WARNING: shmem_read_into_bio(): 'folio' reaches I/O in bio_add_folio() without arch_make_page_accessible() after shmem_read_folio_gfp() took a new reference on line 38 (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:31:2-13: WARNING: shmem_get_pages(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after shmem_read_mapping_page() took a new reference on line 27 (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:60:2-14: WARNING: udmabuf_pin(): 'folios[]' reaches I/O in sg_set_folio() without arch_make_page_accessible() after memfd_pin_folios() took a new reference on line 55 (definite) [missing-accessible]
 * check-output-end
 */
