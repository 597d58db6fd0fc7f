/* Every rule, in report order. Add a rule: write checkers/check_<id>.c from
 * check_template.c and add one line here. */
CHECKER(missing_accessible)
CHECKER(unchecked_accessible)
CHECKER(io_without_ref)
CHECKER(accessible_before_ref)
