/*
 * check-name: cocci: under coccicheck's --dir (M=) and the kernel's .cocciconfig (--use-gitgrep), in a tree git does not track (a tarball unpacked inside another work tree, as make check does), the semantic patch's own Options line (--use-coccigrep) still finds the files; git grep, spatch's default prefilter there, finds none
 * check-command: c=$PWD/cocci/missing-accessible.cocci; d=$(mktemp -d); git -C $d init -q; echo tree/ > $d/.gitignore; git -C $d add .gitignore; git -C $d -c user.name=t -c user.email=t@t commit -qm ignore; mkdir -p $d/tree/drivers/vhost; printf "[spatch]\\n\\toptions = --use-gitgrep\\n" > $d/tree/.cocciconfig; cp testcases/kernel.h $d/tree/; cp testcases/ma-gup-loop.c $d/tree/drivers/vhost/; sed -i "s|\"kernel.h\"|\"../../kernel.h\"|" $d/tree/drivers/vhost/ma-gup-loop.c; opts=$(grep "Options:" $c | cut -d: -f2); cd $d/tree; spatch -D report --no-show-diff --very-quiet --cocci-file $c --no-includes --include-headers --patch . --dir drivers/vhost 2>&1; echo "without the Options line: exit $?"; spatch -D report --no-show-diff --very-quiet --cocci-file $c $opts --patch . --dir drivers/vhost 2>&1; echo "with it: exit $?"; cd /; rm -rf $d
 *
 * check-output-start
0 files match
without the Options line: exit 0
1 files match
drivers/vhost/ma-gup-loop.c:22:2-13: WARNING: map_user(): 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 18 (definite) [missing-accessible]
with it: exit 0
 * check-output-end
 */
