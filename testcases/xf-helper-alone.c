/*
 * check-name: the caller's file alone: the helper is unknown, its page is the caller's to trust, no finding
 * check-command: pagecheck testcases/xf/lookup_send.c
 * check-exit-value: 0
 */
