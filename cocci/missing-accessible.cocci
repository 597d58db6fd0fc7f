// SPDX-License-Identifier: GPL-2.0-only
///
/// A page gets a new reference (get_page(), find_get_page(),
/// iov_iter_get_pages2(), ...) and reaches I/O (sg_set_page(), bio_add_page(),
/// skb_fill_page_desc(), dma_map_page(), ...) on some path without
/// arch_make_page_accessible() first. Under s390 Protected Virtualization the
/// page may belong to a secure guest: the device cannot access it. Patch mode
/// adds the guard after a plain get_page()/folio_get() in a function that
/// returns an errno, outside loops and locked sections; elsewhere it only
/// reports. On a tree that declares only arch_make_folio_accessible() (6.12),
/// add -D folio_guard (coccicheck: SPFLAGS="-D folio_guard").
///
// Confidence: Moderate
// Comments: pagecheck rule missing-accessible, generated from rules.yaml by
// Comments: `pagecheck cocci missing-accessible`; do not edit. Intra-procedural: pagecheck's
// Comments: clang engine also follows aliases, fields and branches on results.
// Comments: --use-coccigrep: spatch's own file prefilter. The kernel's
// Comments: .cocciconfig asks for git grep, which finds no file in a tree git
// Comments: does not track (a tarball unpacked inside another work tree).
// Options: --no-includes --include-headers --use-coccigrep
// Requires: 1.0.8
// Keywords: arch_make_page_accessible, s390, protected virtualization

virtual patch
virtual context
virtual org
virtual report
virtual folio_guard

@initialize:python@
@@
# rules.yaml cpu_carriers: no device reads their carrier on s390
cpu_carriers = {"af_alg_make_sg", "sk_msg_zerocopy_from_iter", "fscrypt_crypt_block", "fscrypt_crypt_data_unit", "tls_setup_from_iter", "unix_stream_sendpage"}

@proven@
statement S;
position p;
@@
(
if (!PageUptodate(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
else S
|
if (!PageUptodate(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
|
if (!folio_test_uptodate(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
else S
|
if (!folio_test_uptodate(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
|
if (pipe_buf_try_steal(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
else S
|
if (pipe_buf_try_steal(...)) {
<+...
(
__folio_start_writeback@p(...)
|
folio_get@p(...)
|
folio_start_writeback@p(...)
|
folio_try_get@p(...)
|
get_page@p(...)
|
set_page_writeback@p(...)
|
try_get_page@p(...)
|
try_grab_folio@p(...)
|
try_grab_folio_fast@p(...)
|
try_grab_page@p(...)
)
...+>
}
)

@private@
struct gfs2_jdesc *J0;
struct squashfs_sb_info *J1;
struct btrfs_fs_info *J2;
position p;
@@
(
__filemap_get_folio@p(<+... J0->jd_inode ...+>, ...)
|
__filemap_get_folio@p(<+... J1->cache_mapping ...+>, ...)
|
__filemap_get_folio@p(<+... J2->btree_inode ...+>, ...)
|
filemap_get_folio@p(<+... J0->jd_inode ...+>, ...)
|
filemap_get_folio@p(<+... J1->cache_mapping ...+>, ...)
|
filemap_get_folio@p(<+... J2->btree_inode ...+>, ...)
|
find_get_page@p(<+... J0->jd_inode ...+>, ...)
|
find_get_page@p(<+... J1->cache_mapping ...+>, ...)
|
find_get_page@p(<+... J2->btree_inode ...+>, ...)
|
find_lock_page@p(<+... J0->jd_inode ...+>, ...)
|
find_lock_page@p(<+... J1->cache_mapping ...+>, ...)
|
find_lock_page@p(<+... J2->btree_inode ...+>, ...)
|
find_or_create_page@p(<+... J0->jd_inode ...+>, ...)
|
find_or_create_page@p(<+... J1->cache_mapping ...+>, ...)
|
find_or_create_page@p(<+... J2->btree_inode ...+>, ...)
|
grab_cache_page@p(<+... J0->jd_inode ...+>, ...)
|
grab_cache_page@p(<+... J1->cache_mapping ...+>, ...)
|
grab_cache_page@p(<+... J2->btree_inode ...+>, ...)
|
pagecache_get_page@p(<+... J0->jd_inode ...+>, ...)
|
pagecache_get_page@p(<+... J1->cache_mapping ...+>, ...)
|
pagecache_get_page@p(<+... J2->btree_inode ...+>, ...)
|
read_mapping_folio@p(<+... J0->jd_inode ...+>, ...)
|
read_mapping_folio@p(<+... J1->cache_mapping ...+>, ...)
|
read_mapping_folio@p(<+... J2->btree_inode ...+>, ...)
|
read_mapping_page@p(<+... J0->jd_inode ...+>, ...)
|
read_mapping_page@p(<+... J1->cache_mapping ...+>, ...)
|
read_mapping_page@p(<+... J2->btree_inode ...+>, ...)
|
shmem_read_folio@p(<+... J0->jd_inode ...+>, ...)
|
shmem_read_folio@p(<+... J1->cache_mapping ...+>, ...)
|
shmem_read_folio@p(<+... J2->btree_inode ...+>, ...)
|
shmem_read_folio_gfp@p(<+... J0->jd_inode ...+>, ...)
|
shmem_read_folio_gfp@p(<+... J1->cache_mapping ...+>, ...)
|
shmem_read_folio_gfp@p(<+... J2->btree_inode ...+>, ...)
|
shmem_read_mapping_page@p(<+... J0->jd_inode ...+>, ...)
|
shmem_read_mapping_page@p(<+... J1->cache_mapping ...+>, ...)
|
shmem_read_mapping_page@p(<+... J2->btree_inode ...+>, ...)
|
shmem_read_mapping_page_gfp@p(<+... J0->jd_inode ...+>, ...)
|
shmem_read_mapping_page_gfp@p(<+... J1->cache_mapping ...+>, ...)
|
shmem_read_mapping_page_gfp@p(<+... J2->btree_inode ...+>, ...)
)

@private_assigned exists@
struct gfs2_jdesc *J0;
struct squashfs_sb_info *J1;
struct btrfs_fs_info *J2;
expression E;
identifier M;
type T;
position pa;
@@
(
T M@pa = <+... J0->jd_inode ...+>;
|
T M@pa = <+... J1->cache_mapping ...+>;
|
T M@pa = <+... J2->btree_inode ...+>;
)
...
(
M = E
|
E(..., &M, ...)
)

@private_local exists@
struct gfs2_jdesc *J0;
struct squashfs_sb_info *J1;
struct btrfs_fs_info *J2;
identifier M;
type T;
position pa != private_assigned.pa, p;
@@
(
T M@pa = <+... J0->jd_inode ...+>;
|
T M@pa = <+... J1->cache_mapping ...+>;
|
T M@pa = <+... J2->btree_inode ...+>;
)
...
(
__filemap_get_folio@p(M, ...)
|
filemap_get_folio@p(M, ...)
|
find_get_page@p(M, ...)
|
find_lock_page@p(M, ...)
|
find_or_create_page@p(M, ...)
|
grab_cache_page@p(M, ...)
|
pagecache_get_page@p(M, ...)
|
read_mapping_folio@p(M, ...)
|
read_mapping_page@p(M, ...)
|
shmem_read_folio@p(M, ...)
|
shmem_read_folio_gfp@p(M, ...)
|
shmem_read_mapping_page@p(M, ...)
|
shmem_read_mapping_page_gfp@p(M, ...)
)

@ref exists@
expression P, E, S0, S1;
identifier first, sink;
position p1 != proven.p, p2;
@@
(
folio_get@first@p1(P, ...)
|
folio_try_get@first@p1(P, ...)
|
get_page@first@p1(P, ...)
|
try_get_page@first@p1(P, ...)
|
try_grab_folio@first@p1(P, ...)
|
try_grab_folio_fast@first@p1(P, ...)
|
try_grab_page@first@p1(P, ...)
)
... when != arch_make_folio_accessible(P)
    when != arch_make_page_accessible(P)
    when != P = E
(
__bio_add_page@sink@p2(S0, P, ...)
|
__skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
__skb_frag_set_page@sink@p2(S0, P, ...)
|
bio_add_folio@sink@p2(S0, P, ...)
|
bio_add_page@sink@p2(S0, P, ...)
|
bio_add_pc_page@sink@p2(S0, S1, P, ...)
|
bvec_set_page@sink@p2(S0, P, ...)
|
dma_map_page@sink@p2(S0, P, ...)
|
dma_map_page_attrs@sink@p2(S0, P, ...)
|
kernel_sendpage@sink@p2(S0, P, ...)
|
sg_set_folio@sink@p2(S0, P, ...)
|
sg_set_page@sink@p2(S0, P, ...)
|
skb_add_rx_frag@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc_noacc@sink@p2(S0, S1, P, ...)
|
skb_frag_set_page@sink@p2(S0, S1, P, ...)
)

@script:python depends on report@
p2 << ref.p2;
p1 << ref.p1;
P << ref.P;
first << ref.first;
sink << ref.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (possible) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << ref.p2;
p1 << ref.p1;
P << ref.P;
first << ref.first;
sink << ref.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (possible) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position ref.p2;
identifier ref.sink;
@@
* sink@p2(...)

@ret exists@
expression P, E, S0, S1;
identifier first, sink;
position p1 != {private.p, private_local.p}, p2;
@@
(
P = __filemap_get_folio@first@p1(...)
|
P = filemap_get_folio@first@p1(...)
|
P = find_get_page@first@p1(...)
|
P = find_lock_page@first@p1(...)
|
P = find_or_create_page@first@p1(...)
|
P = follow_page@first@p1(...)
|
P = grab_cache_page@first@p1(...)
|
P = pagecache_get_page@first@p1(...)
|
P = read_mapping_folio@first@p1(...)
|
P = read_mapping_page@first@p1(...)
|
P = shmem_read_folio@first@p1(...)
|
P = shmem_read_folio_gfp@first@p1(...)
|
P = shmem_read_mapping_page@first@p1(...)
|
P = shmem_read_mapping_page_gfp@first@p1(...)
)
... when != arch_make_folio_accessible(P)
    when != arch_make_page_accessible(P)
    when != P = E
(
__bio_add_page@sink@p2(S0, P, ...)
|
__skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
__skb_frag_set_page@sink@p2(S0, P, ...)
|
bio_add_folio@sink@p2(S0, P, ...)
|
bio_add_page@sink@p2(S0, P, ...)
|
bio_add_pc_page@sink@p2(S0, S1, P, ...)
|
bvec_set_page@sink@p2(S0, P, ...)
|
dma_map_page@sink@p2(S0, P, ...)
|
dma_map_page_attrs@sink@p2(S0, P, ...)
|
kernel_sendpage@sink@p2(S0, P, ...)
|
sg_set_folio@sink@p2(S0, P, ...)
|
sg_set_page@sink@p2(S0, P, ...)
|
skb_add_rx_frag@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc_noacc@sink@p2(S0, S1, P, ...)
|
skb_frag_set_page@sink@p2(S0, S1, P, ...)
)

@script:python depends on report@
p2 << ret.p2;
p1 << ret.p1;
P << ret.P;
first << ret.first;
sink << ret.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << ret.p2;
p1 << ret.p1;
P << ret.P;
first << ret.first;
sink << ret.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position ret.p2;
identifier ret.sink;
@@
* sink@p2(...)

@arr exists@
expression P, E, E0, E1, E2, E3, S0, S1, I;
identifier first, sink;
position p1, p2;
@@
(
get_user_pages@first@p1(E0, E1, E2, P, ...)
|
get_user_pages_fast@first@p1(E0, E1, E2, P, ...)
|
get_user_pages_remote@first@p1(E0, E1, E2, E3, P, ...)
|
get_user_pages_unlocked@first@p1(E0, E1, P, ...)
|
iov_iter_get_pages2@first@p1(E0, P, ...)
|
iov_iter_get_pages_alloc2@first@p1(E0, P, ...)
|
memfd_pin_folios@first@p1(E0, E1, E2, P, ...)
)
... when != arch_make_folio_accessible(P[I])
    when != arch_make_page_accessible(P[I])
    when != P[I] = E
(
__bio_add_page@sink@p2(S0, P[I], ...)
|
__skb_fill_page_desc@sink@p2(S0, S1, P[I], ...)
|
__skb_frag_set_page@sink@p2(S0, P[I], ...)
|
bio_add_folio@sink@p2(S0, P[I], ...)
|
bio_add_page@sink@p2(S0, P[I], ...)
|
bio_add_pc_page@sink@p2(S0, S1, P[I], ...)
|
bvec_set_page@sink@p2(S0, P[I], ...)
|
dma_map_page@sink@p2(S0, P[I], ...)
|
dma_map_page_attrs@sink@p2(S0, P[I], ...)
|
kernel_sendpage@sink@p2(S0, P[I], ...)
|
sg_alloc_append_table_from_pages@sink@p2(S0, P, ...)
|
sg_alloc_table_from_pages@sink@p2(S0, P, ...)
|
sg_alloc_table_from_pages_segment@sink@p2(S0, P, ...)
|
sg_set_folio@sink@p2(S0, P[I], ...)
|
sg_set_page@sink@p2(S0, P[I], ...)
|
skb_add_rx_frag@sink@p2(S0, S1, P[I], ...)
|
skb_fill_page_desc@sink@p2(S0, S1, P[I], ...)
|
skb_fill_page_desc_noacc@sink@p2(S0, S1, P[I], ...)
|
skb_frag_set_page@sink@p2(S0, S1, P[I], ...)
)

@script:python depends on report@
p2 << arr.p2;
p1 << arr.p1;
P << arr.P;
first << arr.first;
sink << arr.sink;
@@
msg = "WARNING: %s(): '%s[]' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << arr.p2;
p1 << arr.p1;
P << arr.P;
first << arr.first;
sink << arr.sink;
@@
msg = "WARNING: %s(): '%s[]' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position arr.p2;
identifier arr.sink;
@@
* sink@p2(...)

@one exists@
expression P, E, E0, E1, E2, E3, S0, S1;
identifier first, sink;
position p1, p2;
@@
(
get_user_pages@first@p1(E0, E1, E2, &P, ...)
|
get_user_pages_fast@first@p1(E0, E1, E2, &P, ...)
|
get_user_pages_remote@first@p1(E0, E1, E2, E3, &P, ...)
|
get_user_pages_unlocked@first@p1(E0, E1, &P, ...)
|
iov_iter_get_pages2@first@p1(E0, &P, ...)
|
iov_iter_get_pages_alloc2@first@p1(E0, &P, ...)
|
memfd_pin_folios@first@p1(E0, E1, E2, &P, ...)
)
... when != arch_make_folio_accessible(P)
    when != arch_make_page_accessible(P)
    when != P = E
(
__bio_add_page@sink@p2(S0, P, ...)
|
__skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
__skb_frag_set_page@sink@p2(S0, P, ...)
|
bio_add_folio@sink@p2(S0, P, ...)
|
bio_add_page@sink@p2(S0, P, ...)
|
bio_add_pc_page@sink@p2(S0, S1, P, ...)
|
bvec_set_page@sink@p2(S0, P, ...)
|
dma_map_page@sink@p2(S0, P, ...)
|
dma_map_page_attrs@sink@p2(S0, P, ...)
|
kernel_sendpage@sink@p2(S0, P, ...)
|
sg_alloc_append_table_from_pages@sink@p2(S0, &P, ...)
|
sg_alloc_table_from_pages@sink@p2(S0, &P, ...)
|
sg_alloc_table_from_pages_segment@sink@p2(S0, &P, ...)
|
sg_set_folio@sink@p2(S0, P, ...)
|
sg_set_page@sink@p2(S0, P, ...)
|
skb_add_rx_frag@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc@sink@p2(S0, S1, P, ...)
|
skb_fill_page_desc_noacc@sink@p2(S0, S1, P, ...)
|
skb_frag_set_page@sink@p2(S0, S1, P, ...)
)

@script:python depends on report@
p2 << one.p2;
p1 << one.p1;
P << one.P;
first << one.first;
sink << one.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << one.p2;
p1 << one.p1;
P << one.P;
first << one.first;
sink << one.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() without arch_make_page_accessible() after %s() took a new reference on line %s (definite) [missing-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position one.p2;
identifier one.sink;
@@
* sink@p2(...)

@no_fix depends on patch exists@
expression E;
position p;
@@
(
for (...;...;...) {
<+...
(
get_page@p(E);
|
folio_get@p(E);
)
...+>
}
|
while (...) {
<+...
(
get_page@p(E);
|
folio_get@p(E);
)
...+>
}
|
lock_sock(...);
... when != release_sock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
spin_lock(...);
... when != spin_unlock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
spin_lock_bh(...);
... when != spin_unlock_bh(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
spin_lock_irq(...);
... when != spin_unlock_irq(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
spin_lock_irqsave(...);
... when != spin_unlock_irqrestore(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
mutex_lock(...);
... when != mutex_unlock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
rcu_read_lock(...);
... when != rcu_read_unlock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
read_lock(...);
... when != read_unlock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
|
write_lock(...);
... when != write_unlock(...)
(
get_page@p(E);
|
folio_get@p(E);
)
)

@depends on patch && !folio_guard exists@
expression ref.P;
position ref.p1;
position q != no_fix.p;
identifier fn;
@@
int fn(...) {
...
(
get_page@p1@q(P);
unlock_page(P);
+if (arch_make_page_accessible(P)) {
+	put_page(P);
+	return -EIO;
+}
|
get_page@p1@q(P);
+if (arch_make_page_accessible(P)) {
+	put_page(P);
+	return -EIO;
+}
|
folio_get@p1@q(P);
folio_unlock(P);
+if (arch_make_folio_accessible(P)) {
+	folio_put(P);
+	return -EIO;
+}
|
folio_get@p1@q(P);
+if (arch_make_folio_accessible(P)) {
+	folio_put(P);
+	return -EIO;
+}
)
...
}

@depends on patch && folio_guard exists@
expression ref.P;
position ref.p1;
position q != no_fix.p;
identifier fn;
@@
int fn(...) {
...
(
get_page@p1@q(P);
unlock_page(P);
+if (arch_make_folio_accessible(page_folio(P))) {
+	put_page(P);
+	return -EIO;
+}
|
get_page@p1@q(P);
+if (arch_make_folio_accessible(page_folio(P))) {
+	put_page(P);
+	return -EIO;
+}
|
folio_get@p1@q(P);
folio_unlock(P);
+if (arch_make_folio_accessible(P)) {
+	folio_put(P);
+	return -EIO;
+}
|
folio_get@p1@q(P);
+if (arch_make_folio_accessible(P)) {
+	folio_put(P);
+	return -EIO;
+}
)
...
}
