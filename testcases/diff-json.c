/*
 * check-name: pagecheck diff --format=json: the shared diff document (old/new tree objects with their paths, findings and sites appeared/disappeared/changed with whole objects)
 * check-command: pagecheck diff --format=json testcases/diff/old.json testcases/diff/new.json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["old"], d["new"]); [print(k, c, [(e["old"]["line"], e["new"]["line"]) if c == "changed" else (e["function"], e["line"]) for e in d[k][c]]) for k in ("findings", "sites") for c in ("appeared", "disappeared", "changed")]; print(sorted(d["findings"]["appeared"][0]))'
 *
 * check-output-start
{'name': 'mini-old', 'arch': 'x86_64', 'kconfig': '.config', 'path': 'testcases/diff/old.json'} {'name': 'mini-new', 'arch': 'x86_64', 'kconfig': '.config', 'path': 'testcases/diff/new.json'}
findings appeared [('read_more_pages', 40), ('read_more_pages', 44)]
findings disappeared [('kfd_map', 11)]
findings changed [(11, 11)]
sites appeared [('read_more_pages', 38)]
sites disappeared [('guarded', 5)]
sites changed [(7, 7)]
['column', 'confidence', 'expression', 'file', 'fingerprint', 'found_by', 'function', 'line', 'message', 'rule', 'trace']
 * check-output-end
 */
