/*
 * check-name: pagecheck diff: an audit against itself, and against one whose lines all moved, changes nothing (exit 0); a fixed hole alone exits 0 too
 * check-command: pagecheck diff testcases/diff/old.json testcases/diff/old.json; echo "exit $?"; pagecheck diff testcases/diff/new.json testcases/diff/old.json | tail -1; echo "exit $?"; pagecheck diff testcases/diff/old.json testcases/diff/mini-baseline.json; echo "exit $?"
 *
 * check-output-start
diff: findings 0 appeared, 0 disappeared, 0 changed; sites 0 appeared, 0 disappeared, 0 changed
exit 0
diff: findings 1 appeared, 2 disappeared, 1 changed; sites 1 appeared, 1 disappeared, 1 changed
exit 0
- finding drivers/gpu/kfd/kfd_svm.c:11: kfd_map() 'page': 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
diff: findings 0 appeared, 1 disappeared, 0 changed; sites 0 appeared, 0 disappeared, 0 changed
exit 0
 * check-output-end
 */
