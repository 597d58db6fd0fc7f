/*
 * check-name: tree: build and reports dirs inside the kernel tree are refused before anything is written
 * check-command: pagecheck tree testcases/trees/mini -O testcases/trees/mini/build 2>&1 | sed "s|$PWD/||"; pagecheck tree testcases/trees/mini -O /nonexistent/x --reports testcases/trees/mini/r 2>&1 | sed "s|$PWD/||"; ls testcases/trees/mini
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: testcases/trees/mini/build: the build dir is inside the kernel tree; pagecheck never writes there (use O=<dir outside it>)
pagecheck: testcases/trees/mini/r: the reports dir is inside the kernel tree; pagecheck never writes there
Makefile
arch
drivers
fs
include
tools
 * check-output-end
 */
