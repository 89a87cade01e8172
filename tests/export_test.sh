#!/usr/bin/env bash
# Exports: the CSV of every sample parses with a strict CSV reader and has
# exactly one row per node, each naming its own territoire; its --csv-excel
# twin holds the same data (BOM, ';', formula and number guards aside) and
# LibreOffice Calc, when installed, opens it with numbers as text and no
# formula but the guards; every JSON Lines line validates
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
# territory: the node's own territoire (itself or its nearest territoire
# ancestor), else the document's territory (issue 13 item 2)
territory = {}
def walk(nodes, inherited):
    for n in nodes:
        own = n["title"] if n["kind"] == "territoire" else inherited
        territory[n["id"]] = own
        walk(n.get("children", []), own)
walk(doc["children"], doc.get("territory") or "")
wrong = [(r[2], r[1], territory[r[2]]) for r in body if r[1] != territory[r[2]]]
assert not wrong, f"{len(wrong)} rows name another territory, e.g. {wrong[0]}"
PY
  "$perr" ingest -q --csv-excel "$f" -o "$tmp/excel.csv"
  python3 - "$tmp/doc.csv" "$tmp/excel.csv" <<'PY' || { echo "FAIL: --csv-excel of $f"; fails=$((fails + 1)); }
import csv, sys
plain = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
raw = open(sys.argv[2], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
excel = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline=""), delimiter=";"))
assert len(excel) == len(plain)
number = plain[0].index("number")
for p, e in zip(plain[1:], excel[1:]):  # the same data, but for the guards
    for column, (a, b) in enumerate(zip(p, e)):
        if column == number:  # kept as text: "1.10" must not become 1.1
            assert b == ("" if a == "" else '="' + a + '"'), (a, b)
        elif a[:1] in ("=", "+", "-", "@"):  # a formula guarded
            assert b == "'" + a, (a, b)
        else:
            assert a == b, (a, b)
PY
done
# --csv-excel as LibreOffice Calc opens it (';' separator, UTF-8): every cell
# of the number column is text, and the only formulas are those ="…" guards.
count=$((count + 1))
if soffice --version 2>/dev/null | grep -q LibreOffice && [ -e /usr/lib/libreoffice/program/libsclo.so ]; then
  printf 'Protocole du quartier\n\nAxe 1.10 : =HYPERLINK("http://x";"y")\n- +33 1 23 45 67 89\n- @SUM(A1)\n- -2+3\n- 007\n' >"$tmp/guard.txt"
  "$perr" ingest -q --csv-excel samples/004_5b84d36912402381.txt "$tmp/guard.txt" -o "$tmp/calc.csv"
  timeout 300 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
    --infilter="Text - txt - csv (StarCalc):59,34,76,1" --convert-to fods "$tmp/calc.csv" --outdir "$tmp" >/dev/null 2>&1
  python3 - "$tmp/calc.fods" "$tmp/calc.csv" <<'PY' || { echo "FAIL: --csv-excel in LibreOffice Calc"; fails=$((fails + 1)); }
import csv, sys, xml.etree.ElementTree as ET
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"
rows = []
for row in ET.parse(sys.argv[1]).getroot().iter(T + "table-row"):
    cells = []
    for cell in row:
        text = "".join("".join(p.itertext()) for p in cell.iter(P))
        cells += [(cell.get(O + "value-type"), cell.get(T + "formula"), text)] * int(cell.get(T + "number-columns-repeated", "1"))
    if any(c[2] for c in cells): rows.append(cells)
want = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline=""), delimiter=";"))
assert len(rows) == len(want), (len(rows), len(want))
number = want[0].index("number")
for got, row in zip(rows[1:], want[1:]):
    kind, formula, text = got[number]
    if row[number]:
        assert kind == "string" and text == row[number][2:-1], (got[number], row[number])
    for column, (kind, formula, text) in enumerate(got[:len(row)]):
        assert formula is None or column == number, ("formula outside the number column", formula)
titles = [r[want[0].index("title")] for r in rows[1:]]
assert "=HYPERLINK" not in "".join(t[2] for t in titles if not t[2].startswith("'")), titles
assert any(t[2] == "1.10" for r in rows[1:] for t in [r[number]]), "number 1.10 not kept as text"
PY
else
  echo "SKIP: LibreOffice Calc (libreoffice-calc-nogui) missing: --csv-excel not opened in Calc"
fi
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
