#!/usr/bin/env bash
# Hostile inputs to perr validate, --schema, stats and diff (issue 15):
# each case asserts the exit code, the message, what is (not) printed, and
# bounds on time and memory. Usage: hostile_validate_test.sh PERR [sanitized]
set -u
perr=$1 sanitized=${2:-0}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/bounded.sh"
minimal=tests/validate/pass_minimal.json

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
base = json.load(open("tests/validate/pass_minimal.json"))
def export(children):
    d = dict(base); d["children"] = children; return d
def export_around(tree_json): # an export whose children are given as JSON text
    return json.dumps(export("KIDS")).replace('"KIDS"', "[" + tree_json + "]")
def node(i, kids=None, kind="action"):
    n = {"id": "a%d" % i, "kind": kind, "title": "t%d" % i, "line": 1 + i}
    if kids is not None: n["children"] = kids
    return n
# 80,000 nested arrays under "children": the finding once printed them recursively
open(tmp + "/deep_arrays.json", "w").write('{"perr":1,"children":' + "[" * 80000 + "]" * 80000 + "}")
# a tree of children 5,000 deep (valijson recursed per level, quadratic memory)
s = json.dumps(node(5000))
for i in range(4999, -1, -1):
    s = '{"id":"a%d","kind":"action","title":"t","line":%d,"children":[%s]}' % (i, i + 1, s)
open(tmp + "/deep_tree.json", "w").write(export_around(s))
# an id of 100,000 letters (std::regex recursed once per character)
d = export([node(1)]); d["children"][0]["id"] = "a" * 100000
json.dump(d, open(tmp + "/long_id.json", "w"))
# a 42-byte title for a catastrophic pattern
d = export([node(1)]); d["children"][0]["title"] = "a" * 41 + "!"
json.dump(d, open(tmp + "/redos.json", "w"))
# numbers that overflow an integer cast (UBSan float-cast-overflow)
d = export([node(1)]); d["children"][0]["line"] = 1e300; d["claims"] = {"axe": 1e29}
open(tmp + "/huge_numbers.json", "w").write(json.dumps(d).replace("1e+300", "1e300"))
# a line number of 19 digits in YAML: an integer, not a float
open(tmp + "/digits19.yaml", "w").write(open("tests/validate/pass_minimal.yaml").read().replace("line: 10", "line: 1234567890123456789", 1))
# YAML: two documents, the second invalid; text after "..."; a key given twice
y = open("tests/validate/pass_minimal.yaml").read()
open(tmp + "/two_docs.yaml", "w").write(y + "---\n" + y.replace("kind: axe", "kind: bogus", 1))
open(tmp + "/after_end.yaml", "w").write(y + "...\nthis is not a perr document\n")
open(tmp + "/dup_key.yaml", "w").write(y.replace("title: ", "title: first\ntitle: ", 1))
# alias bombs: 342 bytes; and one with 200-byte keys
bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n"
prev = "a"
for c in "bcdefghi":
    bomb += "%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n" % ((c, c) + (prev,) * 9); prev = c
open(tmp + "/bomb.yaml", "w").write("perr: 1\n" + bomb)
key = "k" * 200
kb = "a: &a {%s: x}\n" % key
prev = "a"
for i, c in enumerate("bcdefg"):
    kb += "%s: &%s {%s1: *%s, %s2: *%s, %s3: *%s, %s4: *%s, %s5: *%s, %s6: *%s, %s7: *%s, %s8: *%s}\n" % ((c, c) + (key, prev) * 8); prev = c
open(tmp + "/bomb_keys.yaml", "w").write("perr: 1\n" + kb)
# deep YAML, a file of NULs, a tree that needs the slow placing (40 duplicate ids, 300 deep)
open(tmp + "/deep.yaml", "w").write("perr: 1\nchildren: " + "[" * 100000 + "\n")
open(tmp + "/nuls.yaml", "wb").write(b"\0" * 1000)
s = '{"id":"a1","kind":"action","title":"t","line":400}'
for i in range(240, 0, -1):
    s = '{"id":"a1","kind":"action","title":"t","line":%d,"children":[%s]}' % (i, s)
open(tmp + "/dup_ids_deep.json", "w").write(export_around(s))
for i in range(300, 240, -1):
    s = '{"id":"a1","kind":"action","title":"t","line":%d,"children":[%s]}' % (i, s)
open(tmp + "/dup_ids_deeper.json", "w").write(export_around(s))
open(tmp + "/integer_schema.json", "w").write('{"properties": {"perr": {"type": "integer", "multipleOf": 1}}}')
open(tmp + "/perr_big.yaml", "w").write("perr: 1234567890123456789\n")
# schemas: $ref to itself, a cycle, a catastrophic pattern
open(tmp + "/ref_self.json", "w").write('{"$ref": "#"}')
open(tmp + "/ref_cycle.json", "w").write('{"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"allOf": [{"$ref": "#/definitions/a"}]}}, "$ref": "#/definitions/a"}')
open(tmp + "/redos_schema.json", "w").write('{"properties": {"children": {"items": {"properties": {"title": {"pattern": "(a+)+$"}}}}}}')
open(tmp + "/schema_deep.json", "w").write('{"not":' * 100000 + "{}" + "}" * 100000)
PY

# --- crashes -------------------------------------------------------------------
bounded json-depth-80000 2 100 -- "$perr" validate "$tmp/deep_arrays.json"
expect_rc json-depth-80000 1
expect_out json-depth-80000 "nesting deeper than 512 levels [PERR000]"

bounded tree-depth-5000 2 150 -- "$perr" validate "$tmp/deep_tree.json"
expect_rc tree-depth-5000 1
expect_out tree-depth-5000 "nesting deeper than 512 levels"

bounded id-100000-letters 2 150 -- "$perr" validate "$tmp/long_id.json"
expect_rc id-100000-letters 1
expect_out id-100000-letters "does not match the pattern"

bounded schema-ref-self 2 100 -- "$perr" validate --schema "$tmp/ref_self.json" "$minimal"
expect_rc schema-ref-self 2
expect_err schema-ref-self "refers to itself without descending into the document"
[ -s "$tmp/out" ] && fail schema-ref-self "a report was printed"

bounded schema-ref-cycle 2 100 -- "$perr" validate --schema "$tmp/ref_cycle.json" "$minimal"
expect_rc schema-ref-cycle 2
expect_err schema-ref-cycle "refers to itself without descending into the document"

bounded schema-deep 2 150 -- "$perr" validate --schema "$tmp/schema_deep.json" "$minimal"
expect_rc schema-deep 2
expect_err schema-deep "nesting deeper than 128 levels"

bounded schema-redos 2 100 -- "$perr" validate --schema "$tmp/redos_schema.json" "$tmp/redos.json"
expect_rc schema-redos 1
expect_out schema-redos "does not match the pattern (a+)+$"

# 1e300 has no fractional part: an integer for JSON Schema (and ajv); the
# cast to long long that decided it was undefined behaviour.
bounded float-cast-overflow 2 100 -- "$perr" validate "$tmp/huge_numbers.json"
expect_rc float-cast-overflow 0
[ -s "$tmp/out" ] && fail float-cast-overflow "findings: $(head -c 200 "$tmp/out")"

# --- silent loss -----------------------------------------------------------------
bounded yaml-two-documents 2 100 -- "$perr" validate "$tmp/two_docs.yaml"
expect_rc yaml-two-documents 1
expect_out yaml-two-documents 'kind "bogus" is not one of'
bounded yaml-two-documents-json 2 100 -- "$perr" validate -f json "$tmp/two_docs.yaml"
expect_out yaml-two-documents-json '"documents": 2'

bounded yaml-text-after-end 2 100 -- "$perr" validate "$tmp/after_end.yaml"
expect_rc yaml-text-after-end 1
expect_out yaml-text-after-end "must be of type \"object\""

bounded yaml-duplicate-key 2 100 -- "$perr" validate "$tmp/dup_key.yaml"
expect_rc yaml-duplicate-key 1
expect_out yaml-duplicate-key "duplicate key \"title\""
expect_out yaml-duplicate-key ":9:1: error:"
bounded stats-duplicate-key 2 100 -- "$perr" stats "$tmp/dup_key.yaml"
expect_rc stats-duplicate-key 2
expect_err stats-duplicate-key "dup_key.yaml:9:1: error: duplicate key"
bounded diff-duplicate-key 2 100 -- "$perr" diff "$tmp/dup_key.yaml" tests/validate/pass_minimal.yaml
expect_rc diff-duplicate-key 2
expect_err diff-duplicate-key "duplicate key"

bounded stats-dev-full 2 100 -- sh -c "\"$perr\" stats samples/000_116d8f1b544a73cf.txt > /dev/full"
expect_rc stats-dev-full 2
expect_err stats-dev-full "cannot write to standard output"
for cmd in "schema" "diff samples/004_5b84d36912402381.txt tests/diff/004_v2_four_edits.txt" \
           "validate tests/validate/fail_three.yaml"; do
  bounded "dev-full ${cmd%% *}" 2 150 -- sh -c "\"$perr\" $cmd > /dev/full"
  expect_rc "dev-full ${cmd%% *}" 2
  expect_err "dev-full ${cmd%% *}" "cannot write to standard output"
done

# --- unbounded time and memory -------------------------------------------------------
bounded yaml-alias-bomb 1 60 -- "$perr" validate "$tmp/bomb.yaml"
expect_rc yaml-alias-bomb 1
expect_out yaml-alias-bomb "aliases expand"
bounded yaml-alias-bomb-keys 1 60 -- "$perr" validate "$tmp/bomb_keys.yaml"
expect_rc yaml-alias-bomb-keys 1
expect_out yaml-alias-bomb-keys "aliases expand"

bounded validate-dev-zero 1 60 -- "$perr" validate /dev/zero
expect_rc validate-dev-zero 2
expect_err validate-dev-zero "/dev/zero: error: not a regular file (a character device)"
mkfifo "$tmp/fifo"
bounded validate-fifo 1 60 -- "$perr" validate "$tmp/fifo"
expect_rc validate-fifo 2
expect_err validate-fifo "not a regular file (a FIFO)"

head -c 5000 /dev/zero | tr '\0' ' ' >"$tmp/spaces.json"; cat "$minimal" >>"$tmp/spaces.json"
bounded validate-max-bytes 1 60 -- "$perr" validate --max-bytes 1000 "$tmp/spaces.json"
expect_rc validate-max-bytes 1
expect_err validate-max-bytes "file too large (over 1000 bytes; see --max-bytes)"
bounded stats-max-bytes 1 60 -- "$perr" stats --max-bytes 1000 samples/004_5b84d36912402381.txt
expect_rc stats-max-bytes 2
expect_err stats-max-bytes "file too large"
bounded diff-max-bytes 1 60 -- "$perr" diff --max-bytes 1000 samples/004_5b84d36912402381.txt tests/diff/004_v2_four_edits.txt
expect_rc diff-max-bytes 2
expect_err diff-max-bytes "file too large"
bounded validate-max-bytes-negative 1 60 -- "$perr" validate --max-bytes -1 "$minimal"
expect_rc validate-max-bytes-negative 2
expect_err validate-max-bytes-negative "expects a whole number of bytes"

# --- smaller: integers, messages, positions, names -------------------------------------
bounded yaml-19-digit-integer 1 60 -- "$perr" validate "$tmp/digits19.yaml"
expect_rc yaml-19-digit-integer 0
# valijson alone (multipleOf is not in the fast path) sees the value's type.
bounded yaml-19-digit-typed 1 60 -- "$perr" validate --schema "$tmp/integer_schema.json" "$tmp/perr_big.yaml"
expect_rc yaml-19-digit-typed 0
[ -s "$tmp/out" ] && fail yaml-19-digit-typed "$(head -c 200 "$tmp/out")"
bounded deep-yaml-message 2 150 -- "$perr" validate "$tmp/deep.yaml"
expect_rc deep-yaml-message 1
expect_out deep-yaml-message "nesting deeper than 512 levels"
bounded nul-file-message 1 60 -- "$perr" validate "$tmp/nuls.yaml"
expect_rc nul-file-message 1
expect_out nul-file-message "nuls.yaml:1:1: error: binary file (NUL byte) [PERR000]"
# found by fuzz_validate: yaml-cpp 0.7 made empty documents without end on
# a ',' outside a flow collection at a document's top level (53 and 504
# bytes: over 2 GB, then out of memory)
printf 'children: []\n---\n  , x\n' >"$tmp/comma.yaml"
printf 'perr: 1\nchildren: []\n---\n"GRAND PARIS", l\n' >"$tmp/comma2.yaml"
for case in comma:3:3 comma2:4:14; do
  f=${case%%:*} at=${case#*:}
  for cmd in validate stats; do
    bounded "yaml-$f-$cmd" 1 60 -- "$perr" $cmd "$tmp/$f.yaml"
    expect_rc "yaml-$f-$cmd" $([ $cmd = validate ] && echo 1 || echo 2)
    grep -qF "$f.yaml:$at: error: ',' outside a flow collection ([...] or {...}): not YAML" "$tmp/out" "$tmp/err" ||
      fail "yaml-$f-$cmd" "message: $(head -c 300 "$tmp/out" "$tmp/err")"
  done
done
bounded no-zero-positions 2 150 -- "$perr" validate "$tmp/dup_ids_deep.json"
expect_rc no-zero-positions 1
grep -q ':0:0:' "$tmp/out" && fail no-zero-positions "a finding printed at 0:0: $(grep -m1 ':0:0:' "$tmp/out")"
[ "$(grep -c PERR101 "$tmp/out")" -eq 240 ] || fail no-zero-positions "want 240 PERR101 findings"
bounded no-zero-positions-deeper 2 150 -- "$perr" validate "$tmp/dup_ids_deeper.json"
expect_rc no-zero-positions-deeper 1
grep -q ':0:0:' "$tmp/out" && fail no-zero-positions-deeper "a finding printed at 0:0: $(grep -m1 ':0:0:' "$tmp/out")"
expect_out no-zero-positions-deeper "nesting deeper than 512 levels"
if [ "$sanitized" != 1 ]; then # ASan cannot run under a virtual-memory limit
  python3 -c "
import json; d = json.load(open('$minimal')); d['title'] = 'x' * 40_000_000
json.dump(d, open('$tmp/big.json', 'w'))"
  bounded out-of-memory-named 4 400 -- sh -c "ulimit -v 200000; exec \"$perr\" validate \"$tmp/big.json\""
  expect_rc out-of-memory-named 2
  expect_err out-of-memory-named "big.json: error: out of memory"
fi
esc=$(printf '\033[31mred')
cp "$minimal" "$tmp/$esc.json"
bounded control-characters-in-names 1 60 -- "$perr" validate "$tmp/$esc.json" "$tmp/missing$esc"
grep -q $'\033' "$tmp/err" "$tmp/out" && fail control-characters-in-names "raw ESC echoed"
expect_err control-characters-in-names 'missing\x1B[31mred: error: cannot open'

report
