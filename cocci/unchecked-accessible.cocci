// SPDX-License-Identifier: GPL-2.0-only
///
/// arch_make_page_accessible() can fail (the page stays secure): its result
/// must be tested before the page reaches I/O.
///
// Confidence: Moderate
// Comments: pagecheck rule unchecked-accessible, generated from rules.yaml by
// Comments: `pagecheck cocci unchecked-accessible`; do not edit. Intra-procedural: pagecheck's
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

@r@
expression P;
identifier first;
position p2;
@@
(
arch_make_folio_accessible@first@p2(P);
|
arch_make_page_accessible@first@p2(P);
)

@script:python depends on report@
p2 << r.p2;
P << r.P;
first << r.first;
@@
msg = "WARNING: %s(): the result of %s(%s) is ignored: on failure the page is still secure (definite) [unchecked-accessible]" % (p2[0].current_element, first, P)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << r.p2;
P << r.P;
first << r.first;
@@
msg = "WARNING: %s(): the result of %s(%s) is ignored: on failure the page is still secure (definite) [unchecked-accessible]" % (p2[0].current_element, first, P)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position r.p2;
identifier r.first;
@@
* first@p2(...)

@s exists@
expression P, E, S0, S1;
identifier res, first, sink;
position p1, p2;
@@
(
res = arch_make_folio_accessible@first@p1(P)
|
res = arch_make_page_accessible@first@p1(P)
)
... when != res
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
p2 << s.p2;
p1 << s.p1;
P << s.P;
first << s.first;
sink << s.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() before the result of %s() on line %s is tested (definite) [unchecked-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.report.print_report(p2[0], msg)

@script:python depends on org@
p2 << s.p2;
p1 << s.p1;
P << s.P;
first << s.first;
sink << s.sink;
@@
msg = "WARNING: %s(): '%s' reaches I/O in %s() before the result of %s() on line %s is tested (definite) [unchecked-accessible]" % (p2[0].current_element, P, sink, first, p1[0].line)
if p2[0].current_element in cpu_carriers:
    msg = msg.replace("(definite)", "(possible)")
coccilib.org.print_todo(p2[0], msg.replace("[", "@(").replace("]", ")"))

@depends on context && !patch && !org && !report@
position s.p2;
identifier s.sink;
@@
* sink@p2(...)
