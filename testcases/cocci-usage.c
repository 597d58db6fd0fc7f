/*
 * check-name: pagecheck cocci names the rules it can write, and fails on others
 * check-command: pagecheck cocci 2>&1; echo "exit $?"; pagecheck cocci no-such-rule 2>&1; echo "exit $?"
 *
 * check-output-start
usage: pagecheck cocci [--rules=FILE] <rule id>
rule ids: missing-accessible unchecked-accessible io-without-ref accessible-before-ref
exit 2
pagecheck: cocci: no semantic patch for rule 'no-such-rule'
exit 2
 * check-output-end
 */
