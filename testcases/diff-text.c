/*
 * check-name: pagecheck diff: findings matched by fingerprint and sites by file, function, api and expression, not lines: moved lines match, what appeared (the same key twice: both), disappeared and changed (confidence, verdict) is listed, then the counts; exit 1 as findings appeared
 * check-command: pagecheck diff testcases/diff/old.json testcases/diff/new.json
 * check-exit-value: 1
 *
 * check-output-start
+ finding fs/pages.c:40: read_more_pages() 'pages[]': 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
+ finding fs/pages.c:44: read_more_pages() 'pages[]': 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
- finding drivers/gpu/kfd/kfd_svm.c:11: kfd_map() 'page': 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
~ finding drivers/sub/flagged.c:11: map_one() 'page': 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible -> definite) [missing-accessible]
+ site fs/pages.c:38: read_more_pages() iov_iter_get_pages2('pages[]'): missing
- site drivers/big/part/piece.c:5: guarded() try_get_page('page'): guarded
~ site drivers/gpu/kfd/kfd_svm.c:7: kfd_map() find_get_page('page'): missing -> guarded
diff: findings 2 appeared, 1 disappeared, 1 changed; sites 1 appeared, 1 disappeared, 1 changed
 * check-output-end
 */
