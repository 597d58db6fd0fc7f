/*
 * check-name: tools/structure on the built objects: no source file over 800 lines, no function over 100, no call cycle between files, no kernel API name of rules.yaml in src/ or checkers/ outside comments (docs/design.md's map)
 * check-command: ./tools/structure build
 *
 * check-output-start
structure: ok
 * check-output-end
 */
int unused;
