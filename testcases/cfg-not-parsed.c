/*
 * check-name: --dump-cfg lowers nothing of a file that does not parse, says why, exit 2; the other files are dumped
 * check-command: pagecheck --dump-cfg testcases/broken/syntax-error.c $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: testcases/broken/syntax-error.c: not lowered: testcases/broken/syntax-error.c:4:16: error: expected ';' after expression
function empty at 16:6
  params: 0
  paths:
  objects:
  B0:
    16:6 return
 * check-output-end
 */
void empty(void)
{
}
