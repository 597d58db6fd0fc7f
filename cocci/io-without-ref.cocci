// SPDX-License-Identifier: GPL-2.0-only
///
/// A page reaches I/O with no reference held: taken from a page table
/// (pte_page(), vm_normal_page()) without get_page(), or after put_page().
/// Without a reference the page can be freed, reused or made secure again.
///
// Confidence: Moderate
// Comments: pagecheck rule io-without-ref, generated from rules.yaml by
// Comments: `pagecheck cocci io-without-ref`; do not edit. Intra-procedural: pagecheck's
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

@noref exists@
expression P, E, S0, S1;
identifier first, sink;
position p1, p2;
@@
(
P = hmm_pfn_to_page@first@p1(...)
|
P = pmd_page@first@p1(...)
|
P = pte_page@first@p1(...)
|
P = vm_normal_folio@first@p1(...)
|
P = vm_normal_page@first@p1(...)
)
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
p2 << noref.p2;
p1 << noref.p1;
P << noref.P;
first << noref.first;
sink << noref.sink;
@@
msg = "WARNING: %s(): '%s' from %s() on line %s reaches I/O in %s() with no reference held (definite) [io-without-ref]" % (p2[0].current_element, P, first, p1[0].line, sink)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << noref.p2;
p1 << noref.p1;
P << noref.P;
first << noref.first;
sink << noref.sink;
@@
msg = "WARNING: %s(): '%s' from %s() on line %s reaches I/O in %s() with no reference held (definite) [io-without-ref]" % (p2[0].current_element, P, first, p1[0].line, sink)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position noref.p2;
identifier noref.sink;
@@
* sink@p2(...)

@put exists@
expression P, E, S0, S1;
identifier first, sink;
position p1, p2;
@@
(
end_page_writeback@first@p1(P);
|
folio_end_writeback@first@p1(P);
|
folio_put@first@p1(P);
|
put_page@first@p1(P);
|
unpin_user_page@first@p1(P);
)
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
p2 << put.p2;
p1 << put.p1;
P << put.P;
first << put.first;
sink << put.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() after %s() on line %s dropped its reference (possible) [io-without-ref]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << put.p2;
p1 << put.p1;
P << put.P;
first << put.first;
sink << put.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() after %s() on line %s dropped its reference (possible) [io-without-ref]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position put.p2;
identifier put.sink;
@@
* sink@p2(...)
