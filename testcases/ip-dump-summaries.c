/*
 * check-name: --dump-summaries: what the analysis learned of each function (exported ones, then statics), in the catalog's words: a reference taken on an argument and handed back, a returned page, an array filled, an attach, a release, ops fields
 * check-command: pagecheck --dump-summaries testcases/ip-helper-takes-ref.c testcases/ip-helper-returns-ref.c testcases/ip-helper-fills-array.c testcases/ip-helper-attaches.c testcases/ip-helper-releases.c testcases/ip-ops-local.c | grep -v -e ': warning: ' -e ': note: '
 *
 * check-output-start
frag_ops.drop: release, argument 1 (testcases/ip-ops-local.c:38)
frag_ops.hold: acquire, argument 1, hands back argument 1 (testcases/ip-ops-local.c:27; by get_page() at line 29)
late_ops.hold: acquire, argument 1, hands back argument 1 (testcases/ip-ops-local.c:27; by get_page() at line 29)
map_late: acquire, argument 4 (testcases/ip-ops-local.c:66; by late_ops.hold() at line 69)
map_one: acquire, argument 3 (testcases/ip-helper-takes-ref.c:26; by grab() at line 28)
map_one: acquire, argument 4 (testcases/ip-ops-local.c:73; by frag_ops.hold() at line 76)
add_one: sink (attach), argument 2 (testcases/ip-helper-attaches.c:15; by __bio_add_page() at line 21)
drop_page: release, argument 1 (testcases/ip-helper-releases.c:14)
drop_ref: release, argument 1 (testcases/ip-ops-local.c:38)
grab: acquire, argument 1, hands back argument 1 (testcases/ip-helper-takes-ref.c:20; by get_page() at line 22)
hold_ref: acquire, argument 1, hands back argument 1 (testcases/ip-ops-local.c:27; by get_page() at line 29)
lookup: acquire, the page it returns, origin pagecache, result pointer (testcases/ip-helper-returns-ref.c:25; by find_get_page() at line 27)
lookup_twice: acquire, the page it returns, origin pagecache, result pointer (testcases/ip-helper-returns-ref.c:34; by lookup() at line 36)
pin_buffer: acquire, the pages of argument 3, origin user, result count (testcases/ip-helper-fills-array.c:19; by get_user_pages_fast() at line 21)
testcases/ip-helper-takes-ref.c:22:2: site: get_page() in grab() ('page') reaches I/O without the guard further on (missing)
testcases/ip-helper-returns-ref.c:27:22: site: find_get_page() in lookup() ('page') reaches I/O without the guard further on (missing)
testcases/ip-helper-returns-ref.c:36:9: site: lookup() in lookup_twice() ('lookup()') reaches I/O without the guard further on (missing)
testcases/ip-helper-fills-array.c:21:12: site: get_user_pages_fast() in pin_buffer() ('pages[]') reaches I/O without the guard further on (missing)
 * check-output-end
 */
int unused;
