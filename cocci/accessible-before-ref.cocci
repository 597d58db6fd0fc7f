// SPDX-License-Identifier: GPL-2.0-only
///
/// arch_make_page_accessible() is called on some path where the function
/// holds no reference and no page lock: the page can be freed, or made secure
/// again, before the I/O; the guard must follow the reference.
///
// Confidence: Moderate
// Comments: pagecheck rule accessible-before-ref, generated from rules.yaml by
// Comments: `pagecheck cocci accessible-before-ref`; do not edit. Intra-procedural: pagecheck's
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

@param@
identifier fn, arg;
type T;
position pp;
@@
fn(..., T arg, ...) {
<...
(
arch_make_folio_accessible@pp(arg)
|
arch_make_page_accessible@pp(arg)
)
...>
}

@filled exists@
expression A, E, E0, E1, E2, E3, I;
position pp;
@@
(
get_user_pages(E0, E1, E2, A, ...)
|
get_user_pages_fast(E0, E1, E2, A, ...)
|
get_user_pages_remote(E0, E1, E2, E3, A, ...)
|
get_user_pages_unlocked(E0, E1, A, ...)
|
iov_iter_extract_pages(E0, A, ...)
|
iov_iter_get_pages2(E0, A, ...)
|
iov_iter_get_pages_alloc2(E0, A, ...)
|
memfd_pin_folios(E0, E1, E2, A, ...)
|
pin_user_pages(E0, E1, E2, A, ...)
|
pin_user_pages_fast(E0, E1, E2, A, ...)
|
pin_user_pages_remote(E0, E1, E2, E3, A, ...)
|
pin_user_pages_unlocked(E0, E1, A, ...)
)
... when != A = E
(
arch_make_folio_accessible@pp(A[I])
|
arch_make_page_accessible@pp(A[I])
)

@filled_one exists@
expression A, E, E0, E1, E2, E3;
position pp;
@@
(
get_user_pages(E0, E1, E2, &A, ...)
|
get_user_pages_fast(E0, E1, E2, &A, ...)
|
get_user_pages_remote(E0, E1, E2, E3, &A, ...)
|
get_user_pages_unlocked(E0, E1, &A, ...)
|
iov_iter_extract_pages(E0, &A, ...)
|
iov_iter_get_pages2(E0, &A, ...)
|
iov_iter_get_pages_alloc2(E0, &A, ...)
|
memfd_pin_folios(E0, E1, E2, &A, ...)
|
pin_user_pages(E0, E1, E2, &A, ...)
|
pin_user_pages_fast(E0, E1, E2, &A, ...)
|
pin_user_pages_remote(E0, E1, E2, E3, &A, ...)
|
pin_user_pages_unlocked(E0, E1, &A, ...)
)
... when != A = E
(
arch_make_folio_accessible@pp(A)
|
arch_make_page_accessible@pp(A)
)

@early exists@
expression P;
identifier fn, first;
position p2 != {param.pp, filled.pp, filled_one.pp};
@@
fn(...) {
...    when != __folio_start_writeback(P, ...)
    when != folio_get(P, ...)
    when != folio_lock(P, ...)
    when != folio_start_writeback(P, ...)
    when != folio_try_get(P, ...)
    when != folio_trylock(P, ...)
    when != get_page(P, ...)
    when != lock_page(P, ...)
    when != set_page_writeback(P, ...)
    when != try_get_page(P, ...)
    when != try_grab_folio(P, ...)
    when != try_grab_folio_fast(P, ...)
    when != try_grab_page(P, ...)
    when != trylock_page(P, ...)
    when != P = __filemap_get_folio(...)
    when != P = filemap_get_folio(...)
    when != P = find_get_page(...)
    when != P = find_lock_page(...)
    when != P = find_or_create_page(...)
    when != P = follow_page(...)
    when != P = grab_cache_page(...)
    when != P = pagecache_get_page(...)
    when != P = read_mapping_folio(...)
    when != P = read_mapping_page(...)
    when != P = shmem_read_folio(...)
    when != P = shmem_read_folio_gfp(...)
    when != P = shmem_read_mapping_page(...)
    when != P = shmem_read_mapping_page_gfp(...)
(
arch_make_folio_accessible@first@p2(P)
|
arch_make_page_accessible@first@p2(P)
)
... when any
}

@script:python depends on report@
p2 << early.p2;
P << early.P;
first << early.first;
@@
msg = "WARNING: %s(): %s() on '%s' while no reference or page lock is held (possible) [accessible-before-ref]" % (p2[0].current_element, first, P)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << early.p2;
P << early.P;
first << early.first;
@@
msg = "WARNING: %s(): %s() on '%s' while no reference or page lock is held (possible) [accessible-before-ref]" % (p2[0].current_element, first, P)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position early.p2;
identifier early.first;
@@
* first@p2(...)
