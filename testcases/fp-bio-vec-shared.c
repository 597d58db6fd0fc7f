/*
 * check-name: struct bio_vec is a shared struct (rules.yaml shared_structs): ceph's user pages stored in a bvec array do not make another file's received skb frag (skb_frag_t, read through skb_frag_page()) definite: it stays possible, its origin unknown
 * check-command: pagecheck testcases/fp/bvec-user-store.c testcases/fp/bvec-rx-frag.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/bvec-rx-frag.c:9:2: warning: 'dfrag->bv_page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/bvec-rx-frag.c:8:2: note: 'dfrag->bv_page' is read from 'bio_vec.bv_page in testcases/fp/bvec-rx-frag.c': its origin is what the analyzed files store there
testcases/fp/bvec-rx-frag.c:8:2: note: new reference taken by get_page()
testcases/fp/bvec-rx-frag.c:10:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
int unused;
