#!/usr/bin/env bash
# Exports: the CSV of every sample parses with a strict CSV reader and has
# exactly one row per node; its --csv-excel twin holds the same data (BOM,
# ';', formula and number guards aside); every JSON Lines line validates
# against the schema; the markdown outline lists every programme node.
set -u
perr=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0
for f in samples/*; do
  count=$((count + 1))
  "$perr" ingest -q -f json "$f" -o "$tmp/doc.json"
  "$perr" ingest -q -f csv "$f" -o "$tmp/doc.csv"
  python3 - "$tmp/doc.json" "$tmp/doc.csv" <<'PY' || { echo "FAIL: csv of $f"; fails=$((fails + 1)); }
import csv, json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
def count(nodes): return sum(1 + count(n.get("children", [])) for n in nodes)
with open(sys.argv[2], encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh, strict=True))
header, body = rows[0], rows[1:]
assert header == ["document", "territory", "id", "parent_id", "depth", "kind", "number", "title", "line", "path"], header
assert all(len(r) == len(header) for r in body), "ragged rows"
assert len(body) == count(doc["children"]), (len(body), count(doc["children"]))
assert len({r[2] for r in body}) == len(body), "ids not unique"
PY
  "$perr" ingest -q --csv-excel "$f" -o "$tmp/excel.csv"
  python3 - "$tmp/doc.csv" "$tmp/excel.csv" <<'PY' || { echo "FAIL: --csv-excel of $f"; fails=$((fails + 1)); }
import csv, sys
plain = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
raw = open(sys.argv[2], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
excel = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline=""), delimiter=";"))
assert len(excel) == len(plain)
for p, e in zip(plain, excel):  # the same data, but for the guards
    for a, b in zip(p, e):
        assert a == b or b == "'" + a or b == '="' + a + '"', (a, b)
PY
done
count=$((count + 1))
"$perr" ingest -q -f jsonl samples/* -o "$tmp/all.jsonl"
n=0; bad=0
while IFS= read -r line; do
  n=$((n + 1)); printf '%s\n' "$line" >"$tmp/line.json"
  "$perr" validate "$tmp/line.json" >/dev/null || bad=$((bad + 1))
done <"$tmp/all.jsonl"
[ "$n" -eq "$(ls samples | wc -l)" ] && [ $bad -eq 0 ] || { echo "FAIL: jsonl ($n lines, $bad invalid)"; fails=$((fails + 1)); }
count=$((count + 1))
"$perr" ingest -q -f markdown samples/004_5b84d36912402381.txt >"$tmp/doc.md"
"$perr" ingest -q -f json samples/004_5b84d36912402381.txt | python3 -c '
import json, sys
d = json.load(sys.stdin)
def count(nodes): return sum((n["kind"] != "texte") + count(n.get("children", [])) for n in nodes)
print(count(d["children"]))' >"$tmp/n"
[ "$(grep -cE '^ *- \*[a-z_]+\*' "$tmp/doc.md")" -eq "$(cat "$tmp/n")" ] || { echo "FAIL: md outline"; fails=$((fails + 1)); }
echo "$((count - fails))/$count export checks passed"
[ $fails -eq 0 ]
