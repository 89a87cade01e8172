#!/usr/bin/env bash
# perr diff from the shell: a version pair made from seed 004 with one action
# added, one objective removed, one objective reworded and one orientation
# moved to another axe must give exactly those four changes; exit codes;
# formats; colour rules.
set -u
perr=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0
check() { count=$((count + 1)); if ! eval "$1"; then echo "FAIL: $2"; fails=$((fails + 1)); fi; }

python3 - "$tmp" <<'PY'
import sys
s = open("samples/004_5b84d36912402381.txt", encoding="utf-8").read()
def edit(s, a, b):
    assert a in s, a
    return s.replace(a, b, 1)
s = edit(s, "- Assurer le suivi des clauses d'insertion\n",
         "- Assurer le suivi des clauses d'insertion\n- Créer un forum annuel de l'emploi dans chaque quartier\n")
s = edit(s, "- Développer la médiation scolaire\n", "")
s = edit(s, "- Promouvoir les métiers manuels", "- Promouvoir et valoriser les métiers manuels et techniques")
start, end = s.index("4. Prévenir la délinquance"), s.index("Axe 4 : L'accès aux droits")
block, s = s[start:end], s[:start] + s[end:]
at = s.index("Article 5 : Pilotage technique")
open(sys.argv[1] + "/v2.txt", "w", encoding="utf-8").write(s[:at] + block + s[at:])
PY

"$perr" diff -f json samples/004_5b84d36912402381.txt "$tmp/v2.txt" >"$tmp/d.json"; rc=$?
check "[ $rc -eq 1 ]" "changes must exit 1 (got $rc)"
got=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for c in d["changes"]:
    side = c.get("new") or c.get("old")
    print(c["type"], side["kind"], side["title"], sep="|")' "$tmp/d.json" | sort)
want=$(printf '%s\n' \
  "added|action|Créer un forum annuel de l'emploi dans chaque quartier" \
  "moved|orientation|Prévenir la délinquance" \
  "removed|objectif_operationnel|Développer la médiation scolaire" \
  "reworded|objectif_operationnel|Promouvoir et valoriser les métiers manuels et techniques" | sort)
check '[ "$got" = "$want" ]' "the four changes: got
$got"

"$perr" ingest -q -f json samples/004_5b84d36912402381.txt -o "$tmp/old.json"
"$perr" diff samples/004_5b84d36912402381.txt "$tmp/old.json" >/dev/null; rc=$?
check "[ $rc -eq 0 ]" "a document and its own export: no change, exit 0 (got $rc)"
"$perr" diff "$tmp/missing.txt" "$tmp/v2.txt" 2>/dev/null; rc=$?
check "[ $rc -eq 2 ]" "a missing input must exit 2 (got $rc)"

"$perr" diff samples/004_5b84d36912402381.txt "$tmp/v2.txt" >"$tmp/plain.txt"
check "grep -q '^1 added, 1 removed, 1 reworded, 1 moved$' '$tmp/plain.txt'" "summary line"
check "! grep -q $'\033' '$tmp/plain.txt'" "no colour when stdout is not a terminal"
"$perr" diff --color always samples/004_5b84d36912402381.txt "$tmp/v2.txt" >"$tmp/color.txt"
check "grep -q $'\033\\[32m' '$tmp/color.txt'" "--color always colours"
NO_COLOR=1 script -qec "$perr diff samples/004_5b84d36912402381.txt $tmp/v2.txt" /dev/null >"$tmp/tty.txt" 2>&1
check "! grep -q $'\033\\[3' '$tmp/tty.txt'" "NO_COLOR is respected on a terminal"
"$perr" diff -f markdown samples/004_5b84d36912402381.txt "$tmp/v2.txt" >"$tmp/md.txt"
check "grep -q '^## perr diff' '$tmp/md.txt' && grep -q '^### ' '$tmp/md.txt'" "markdown report"

echo "$((count - fails))/$count diff checks passed"
[ $fails -eq 0 ]
