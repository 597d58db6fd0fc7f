/*
 * check-name: --dump-cfg: a catalog macro tested directly (if (folio_start_writeback(folio))) is one call event; today lower_cond() lowers it twice (macro_call() matches, then lower_expr() matches again)
 * check-command: pagecheck --dump-cfg $file
 * check-known-to-fail
 *
 * check-output-start
function f at 29:5
  params: 1; pages: folio o0
  paths:
    folio root o0
    $0
  objects:
    o0 root folio, origin unknown
  B0:
    31:6 call folio_start_writeback(folio) -> $0 [acquire]
    if $0 is truthy: B1, else B2
  B1: from B0
    32:3 return
  B2: from B0, B3
    33:2 return
  B3: unreachable
    goto B2
  B4: unreachable
    29:5 return
 * check-output-end
 */
#include "kernel.h"

int f(struct folio *folio)
{
	if (folio_start_writeback(folio))
		return 1;
	return 0;
}
