#!/usr/bin/env bash
# Command tests of issue 13 (what a new user trips on), one ctest test per
# item: issue13_test.sh PERR ITEM. Each check failed before the fix. Items
# tested elsewhere: 1 yaml-roundtrip, 8 readme, 9 git-recipes, 13 diff,
# 14 completions, 16 install (and 2, 15 also in exports). Items 4, 5, 11
# and 12 (batch, folders, JSON Lines, validate) are not tested here.
set -u
perr=$1 item=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0
check() { # description command...
  local what=$1; shift
  count=$((count + 1))
  "$@" || { echo "FAIL: $what"; fails=$((fails + 1)); }
}
multi=samples/001_110d2b5c28605c1f.txt
one=samples/000_116d8f1b544a73cf.txt

# A protocol whose preamble announces its counts in words.
protocol_announcing() { # FILE "deux axes et vingt-deux objectifs opérationnels" AXES ITEMS_PER_AXE
  { printf 'Protocole du quartier\n\nLe programme compte %s.\n\n' "$2"
    for a in $(seq 1 "$3"); do
      printf 'Axe %d : Axe numéro %d du quartier\n' "$a" "$a"
      for i in $(seq 1 "$4"); do printf -- '- Accompagner les habitants du quartier %d.%d\n' "$a" "$i"; done
    done; } >"$1"
}

item02() { # CSV and stats of a multi-territory file
  "$perr" ingest -f csv "$multi" >"$tmp/multi.csv"
  check "csv: each node's own territory" python3 - "$tmp/multi.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
territories = {r["territory"] for r in rows}
assert territories == {"Grand Paris Sud", "Corbeil-Essonnes", "Grigny", "Evry-Courcouronnes", "Moissy-Cramayel"}, territories
for r in rows:
    if r["kind"] == "territoire": assert r["territory"] == r["title"], r
PY
  "$perr" stats -f json "$multi" "$one" >"$tmp/stats.json"
  check "stats json: parts add up to the file; claims are numbers" python3 - "$tmp/stats.json" <<'PY'
import json, sys
files = json.load(open(sys.argv[1]))["files"]
multi, one = files
assert len(multi["parts"]) == 5, multi["parts"]
for kind, n in multi["counts"].items():
    assert sum(p["counts"][kind] for p in multi["parts"]) == n, kind
assert one["claims"] == [{"kind": "axe", "announced": 3, "counted": 3, "ok": True},
                         {"kind": "objectif_operationnel", "announced": 15, "counted": 15, "ok": True}], one["claims"]
PY
  "$perr" stats -f csv "$multi" "$one" >"$tmp/stats.csv"
  check "stats csv: one row per part, no whole-file row, announced counts as numbers" python3 - "$tmp/stats.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert len(rows) == 6, len(rows)
assert not any("whole" in r["territory"] for r in rows)
assert sum(int(r["objectif_operationnel"]) for r in rows[:5]) == 234
assert rows[5]["announced_axe"] == "3" and rows[5]["announced_objectif_operationnel"] == "15", rows[5]
PY
  check "stats text: no whole-file row" bash -c "! '$perr' stats '$multi' | grep -q 'whole file'"
}

item03() { # the format from -o's extension
  "$perr" ingest "$one" -o "$tmp/x.json" && check "-o x.json writes JSON" python3 -c "import json; json.load(open('$tmp/x.json'))"
  "$perr" ingest "$one" -o "$tmp/x.csv" && check "-o x.csv writes CSV" grep -q '^document,territory,id' "$tmp/x.csv"
  "$perr" ingest "$one" -o "$tmp/x.md" && check "-o x.md writes markdown" grep -q '^- \*axe\* 1' "$tmp/x.md"
  "$perr" ingest "$one" -o "$tmp/x.yml" && check "-o x.yml writes YAML" grep -q '^perr: 1' "$tmp/x.yml"
  "$perr" ingest -f json "$one" -o "$tmp/y.yaml" 2>"$tmp/err"
  check "-f json -o y.yaml is refused (exit 2)" [ $? -eq 2 ]
  check "... saying why" grep -q 'contradicts the output file' "$tmp/err"
  check "... and writes nothing" [ ! -e "$tmp/y.yaml" ]
  "$perr" ingest "$one" -o "$tmp/z.txt" && check "-o z.txt (no format named) stays YAML" grep -q '^perr: 1' "$tmp/z.txt"
}

item06() { # number words
  protocol_announcing "$tmp/p.txt" "deux axes et vingt-deux objectifs opérationnels" 2 11
  "$perr" ingest -f json "$tmp/p.txt" >"$tmp/p.json" 2>"$tmp/err"
  check "vingt-deux is read as 22" python3 -c "import json; c = json.load(open('$tmp/p.json'))['claims']; assert c == {'axe': 2, 'objectif_operationnel': 22}, c"
  check "no false warning" [ ! -s "$tmp/err" ]
  protocol_announcing "$tmp/q.txt" "trois axes et quatre-vingt-dix objectifs opérationnels" 3 30
  check "quatre-vingt-dix is read as 90" bash -c "'$perr' ingest -f json '$tmp/q.txt' 2>&1 | grep -q '\"objectif_operationnel\": 90'"
}

item07() { # warnings carry their line
  protocol_announcing "$tmp/p.txt" "deux axes et vingt-trois objectifs opérationnels" 2 11
  "$perr" ingest "$tmp/p.txt" 2>"$tmp/err" >/dev/null
  check "claim warning at the announcing line" grep -q "^$tmp/p.txt:3: warning: the text announces 23" "$tmp/err"
  python3 - "$tmp/bad.txt" <<'PY'
import sys
text = "Protocole du quartier élevé\n\nAxe 1 : Emploi des jeunes éloignés\n" + "".join(f"- Former les équipes éloignées {i}\n" for i in range(30))
# line 9: a damaged run (replaced); line 12: one legacy byte (read as windows-1252, said)
open(sys.argv[1], "wb").write(text.encode().replace("équipes éloignées 5\n".encode(), b"\xe9\xe9\xe9\xe9quipes 5\n").replace("équipes éloignées 8\n".encode(), b"\xe9quipes 8\n"))
PY
  "$perr" ingest "$tmp/bad.txt" 2>"$tmp/err" >/dev/null
  check "replaced byte warning at its line" grep -q "^$tmp/bad.txt:9: warning: 4 invalid byte" "$tmp/err"
  check "legacy line warning at its line" grep -q "^$tmp/bad.txt:12: warning: 1 line(s) not in UTF-8 read as windows-1252" "$tmp/err"
  printf '<html><body>\n<h1>Protocole du quartier</h1>\n<h2>Axe 1 : Emploi</h2>\n<ul><li>Former</li>\n<li>Accompagner <b>x</i></li></ul></body></html>\n' >"$tmp/m.html"
  "$perr" ingest "$tmp/m.html" 2>"$tmp/err" >/dev/null
  check "HTML repair warning at its line" grep -q "^$tmp/m.html:5: warning: .* HTML markup error" "$tmp/err"
}

item10() { # one name per format; synopsis shows -f
  check "ingest -f markdown" bash -c "'$perr' ingest -f markdown '$one' | grep -q '^- \*axe\*'"
  check "ingest -f md still accepted" bash -c "'$perr' ingest -f md '$one' | grep -q '^- \*axe\*'"
  check "stats -f text" bash -c "'$perr' stats -f text '$one' | grep -q '^file '"
  check "stats -f table still accepted" bash -c "'$perr' stats -f table '$one' | grep -q '^file '"
  check "diff -f markdown" bash -c "'$perr' diff -f markdown '$one' '$one' >/dev/null; [ \$? -eq 0 ]"
  for cmd in ingest validate diff stats; do
    check "$cmd --help synopsis shows -f" bash -c "'$perr' $cmd --help | sed -n '/^Usage/,/^\$/p' | grep -q '\[-f [a-z|]*\]'"
  done
  check "ingest synopsis names markdown, not md" bash -c "'$perr' ingest --help | grep -q 'yaml|json|jsonl|csv|markdown'"
}

item15() { # CSV for spreadsheets
  "$perr" ingest --csv-excel samples/004_5b84d36912402381.txt >"$tmp/x.csv"
  check "--csv-excel: BOM, ';' separator" bash -c "head -c 12 '$tmp/x.csv' | grep -q \$'^\xef\xbb\xbfdocument;'"
  check "--csv-excel: number stays text (=\"1\")" grep -q ';"=""1""";' "$tmp/x.csv"
  printf 'Protocole du quartier\n\nAxe 1 : =HYPERLINK("http://x")\n- +33 1 23 45 67 89\n- @SUM(A1)\n- -2 degrés\n' >"$tmp/f.txt"
  "$perr" ingest --csv-excel "$tmp/f.txt" >"$tmp/f.csv"
  check "--csv-excel: formula cells neutralised" python3 - "$tmp/f.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
titles = [r["title"] for r in rows if r["kind"] != "texte"]
assert titles and all(not t or t[0] not in "=+-@" for t in titles), titles
assert any(t == "'=HYPERLINK(\"http://x\")" for t in titles), titles
PY
  check "plain csv unchanged (no BOM, commas)" bash -c "'$perr' ingest -f csv '$one' | head -c 9 | grep -q '^document,'"
  "$perr" ingest --csv-excel -f json "$one" >/dev/null 2>&1
  check "--csv-excel with -f json is refused" [ $? -eq 2 ]
}

item17() { # make run builds the binary only; make test says what it does
  check "make run builds only the perr target" bash -c "make -n run | grep -q -- '--build build .*--target perr'"
  check "make run does not build the test programs" bash -c "! make -n run | grep -qE -- '--build build -j [0-9]+\$'"
  check "make test says it runs the suite twice" bash -c "make -n test | grep -q 'runs twice'"
}

item18() { # PDF, Word, zip
  printf '%%PDF-1.4\n%%\xe2\xe3\x00\x00binary' >"$tmp/p.pdf"
  python3 - "$tmp" <<'PY'
import sys, zipfile
d = sys.argv[1]
with zipfile.ZipFile(d + "/w.docx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>"); z.writestr("word/document.xml", "<w:document/>")
with zipfile.ZipFile(d + "/o.odt", "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text"); z.writestr("content.xml", "<x/>")
with zipfile.ZipFile(d + "/a.zip", "w") as z:
    z.writestr("x.txt", "hello")
open(d + "/old.doc", "wb").write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
PY
  # .doc and other zips: how to convert; PDF, .docx, .odt are read (issue 11):
  # these broken ones say what is wrong with them.
  for f in "p.pdf:damaged PDF" "w.docx:damaged Word document" "o.odt:not an OpenDocument text" \
           old.doc:libreoffice a.zip:unzip; do
    "$perr" ingest "$tmp/${f%%:*}" >/dev/null 2>"$tmp/err"
    check "${f%%:*}: refused (exit 1)" [ $? -eq 1 ]
    check "${f%%:*}: says why (${f##*:})" grep -q "^$tmp/${f%%:*}: error: .*${f##*:}" "$tmp/err"
  done
}

"item$item"
echo "issue 13 item $item: $((count - fails))/$count checks passed"
[ $fails -eq 0 ]
