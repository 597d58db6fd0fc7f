/*
 * check-name: cocci/*.cocci are what `make cocci` generates from rules.yaml, one for each rule of the registry that has a rendition (pagecheck cocci --list)
 * check-command: for r in $(pagecheck cocci --list); do pagecheck cocci $r | diff -u cocci/$r.cocci - >/dev/null || echo "cocci/$r.cocci is out of date: run make cocci"; done; ls cocci
 *
 * check-output-start
accessible-before-ref.cocci
io-without-ref.cocci
missing-accessible.cocci
unchecked-accessible.cocci
 * check-output-end
 */
