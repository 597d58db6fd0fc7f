/*
 * check-name: --dump-cfg: while tests before its body, do/while after; break and continue go to the innermost loop's exit and test, *p and p++ stay in the group p[]
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function drain at 50:6
  params: 2; pages: folios o0
  paths:
    folios root o0
    n
    folios[] root o1
  objects:
    o0 root folios, origin unknown
    o1 root folios[], origin unknown
  B0:
    goto B1
  B1: from B0, B5
    if folios[] is truthy: B2, else B3
  B2: from B1
    53:7 n = n
    if n is falsy: B4, else B5
  B3: from B1, B4
    goto B7
  B4: from B2
    goto B3
  B5: from B2, B6
    55:14 folios = folios
    55:3 call folio_put(folios[]) [release]
    goto B1
  B6: unreachable
    goto B5
  B7: from B3, B8
    if _ is truthy: B10, else B11
  B8: from B10, B11
    61:11 n = n
    if n is truthy: B7, else B9
  B9: from B8
    50:6 return
  B10: from B7
    goto B8
  B11: from B7, B12
    60:3 call folio_get(folios[]) [acquire]
    goto B8
  B12: unreachable
    goto B11
 * check-output-end
 */
#include "kernel.h"

void drain(struct folio **folios, int n)
{
	while (*folios) {
		if (n-- == 0)
			break;
		folio_put(*folios++);
	}
	do {
		if (n & 1)
			continue;
		folio_get(folios[n]);
	} while (--n > 0);
}
