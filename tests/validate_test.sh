#!/usr/bin/env bash
# perr validate on its fixtures (tests/validate): pass_* must be valid;
# fail_* must give exactly the LINE:COL RULE lines of their .expect file
# (fail_strict_* with --strict, and valid without it). The three output
# formats agree, and every ingest output of the samples validates.
set -u
perr=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

for f in tests/validate/pass_*.yaml tests/validate/pass_*.json; do
  count=$((count + 1))
  "$perr" validate --strict "$f" >"$tmp/pass.txt" 2>&1 || fail "$f: $(cat "$tmp/pass.txt")"
done

for f in tests/validate/fail_*.yaml tests/validate/fail_*.json; do
  count=$((count + 1))
  strict=(); [[ $f == *strict* ]] && strict=(--strict)
  "$perr" validate "${strict[@]}" -f json "$f" >"$tmp/report.json"; rc=$?
  [ $rc -eq 1 ] || fail "$f: exit $rc, want 1"
  python3 -c '
import json, sys
for x in json.load(open(sys.argv[1]))["files"][0]["findings"]:
    print("%d:%d %s" % (x["line"], x["column"], x["rule"]))' "$tmp/report.json" >"$tmp/got"
  diff -u "$f.expect" "$tmp/got" >"$tmp/diff" || fail "$f: $(cat "$tmp/diff")"
  # text and github formats carry the same positions and rules
  "$perr" validate "${strict[@]}" "$f" | sed -E 's/^[^:]*:([0-9]+):([0-9]+): [a-z]+: .* \[(PERR[0-9]+)\]$/\1:\2 \3/' >"$tmp/text"
  diff -q "$f.expect" "$tmp/text" >/dev/null || fail "$f: text format differs"
  "$perr" validate "${strict[@]}" -f github "$f" | sed -E 's/^::[a-z]+ file=[^,]*,line=([0-9]+),col=([0-9]+),title=(PERR[0-9]+)::.*$/\1:\2 \3/' >"$tmp/gh"
  diff -q "$f.expect" "$tmp/gh" >/dev/null || fail "$f: github format differs"
  if [ ${#strict[@]} -gt 0 ]; then
    "$perr" validate "$f" >/dev/null || fail "$f: warnings alone must not fail without --strict"
  fi
done

# Exit 2: could not run.
count=$((count + 1)); "$perr" validate "$tmp/missing.yaml" 2>/dev/null; [ $? -eq 2 ] || fail "missing file: want exit 2"
count=$((count + 1)); echo '{"type": 12}' >"$tmp/bad-schema.json"
"$perr" validate --schema "$tmp/bad-schema.json" tests/validate/pass_minimal.yaml 2>/dev/null; [ $? -eq 2 ] || fail "bad schema: want exit 2"
count=$((count + 1)); "$perr" validate - <tests/validate/pass_minimal.yaml || fail "stdin"

# Every ingest output (YAML and JSON) validates.
mkdir "$tmp/out"
"$perr" ingest -q samples/* -o "$tmp/out"
"$perr" ingest -q -f json samples/* -o "$tmp/out"
count=$((count + 1))
"$perr" validate "$tmp"/out/* >"$tmp/ingest.txt" || fail "ingest outputs do not validate: $(head "$tmp/ingest.txt")"

echo "$((count - fails))/$count validate checks passed"
[ $fails -eq 0 ]
