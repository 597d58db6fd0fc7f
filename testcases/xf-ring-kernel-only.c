/*
 * check-name: a helper that takes a reference and fills an skb, whose only callers (one in another file, one itself: recursion) hand it pages they allocated: kernel-private, no finding
 * check-command: pagecheck testcases/xf/ring.c testcases/xf/ring_kernel.c
 * check-exit-value: 0
 */
