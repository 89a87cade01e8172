#!/usr/bin/env bash
# perr diff from the shell: a version pair made from seed 004 with one action
# added, one objective removed, one objective reworded and one orientation
# moved to another axe must give exactly those four changes; exit codes;
# formats; colour rules.
set -u
perr=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(pwd)
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

# --- issue 13: -q/--brief, --label, unrelated documents, markdown, folders --
old=samples/004_5b84d36912402381.txt
out=$("$perr" diff -q "$old" "$tmp/v2.txt" 2>"$tmp/err"); rc=$?
check "[ $rc -eq 1 ] && [ \"\$out\" = 'Files $old and $tmp/v2.txt differ' ]" "-q: one line, exit 1 (got $rc: $out $(cat "$tmp/err"))"
out=$("$perr" diff --brief "$old" "$old"); rc=$?
check "[ $rc -eq 0 ] && [ -z \"\$out\" ]" "--brief on equal versions: nothing, exit 0 (got $rc: $out)"

"$perr" diff --label before.txt --label after.txt "$old" - <"$tmp/v2.txt" >"$tmp/label.txt"; rc=$?
check "[ $rc -eq 1 ] && head -1 '$tmp/label.txt' | grep -qx 'perr diff before.txt → after.txt'" "--label names standard input (got $rc: $(head -1 "$tmp/label.txt"))"
"$perr" diff -f json -L a -L b "$old" - <"$tmp/v2.txt" >"$tmp/label.json"
check "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert (d[\"old\"], d[\"new\"]) == (\"a\", \"b\")' '$tmp/label.json'" "--label in the JSON report"
"$perr" diff -L a -L b -L c "$old" "$tmp/v2.txt" >/dev/null 2>"$tmp/err"; rc=$?
check "[ $rc -eq 2 ] && grep -q 'at most twice' '$tmp/err'" "three labels: usage error (got $rc)"
( cd "$tmp" && git init -q repo && cd repo && git config user.email t@example.org && git config user.name t \
  && cp "$src/$old" protocole.txt && git add . && git commit -qm v1 && cp "$tmp/v2.txt" protocole.txt \
  && git config difftool.perr.cmd "$perr diff --label \"a/\$MERGED\" --label \"b/\$MERGED\" \"\$LOCAL\" \"\$REMOTE\"" \
  && git difftool -y -t perr >"$tmp/difftool.txt" 2>&1 )
check "head -1 '$tmp/difftool.txt' | grep -qx 'perr diff a/protocole.txt → b/protocole.txt'" "difftool recipe with --label shows the repository path (got $(head -1 "$tmp/difftool.txt"))"

"$perr" diff samples/000_116d8f1b544a73cf.txt "$old" >/dev/null 2>"$tmp/err"; rc=$?
check "[ $rc -eq 1 ] && grep -q 'share almost nothing' '$tmp/err'" "two different protocols: a warning (got $rc: $(cat "$tmp/err"))"
"$perr" diff "$old" "$tmp/v2.txt" >/dev/null 2>"$tmp/err"
check "[ ! -s '$tmp/err' ]" "two versions of one protocol: no warning (got $(cat "$tmp/err"))"

"$perr" diff -f markdown "$old" "$tmp/v2.txt" >"$tmp/report.md"
if command -v pandoc >/dev/null; then
  pandoc -f commonmark -t html "$tmp/report.md" >"$tmp/report.html"
  check "grep -q '<li>+ added action' '$tmp/report.html' && grep -q '<li>- removed objectif_operationnel' '$tmp/report.html' && grep -q '<li>~ reworded' '$tmp/report.html'" "markdown rendered (CommonMark) keeps + - ~: $(grep -m3 '<li>' "$tmp/report.html")"
  check "grep -q '«&#xA0;Créer un forum\|« Créer un forum' '$tmp/report.html'" "markdown rendered keeps the titles"
else
  echo "SKIP: pandoc missing, markdown rendering not checked"
fi

mkdir -p "$tmp/d1/sub" "$tmp/d2/sub" "$tmp/d1/.git" "$tmp/d2/.git"
cp "$old" "$tmp/d1/sub/p.txt"; cp "$tmp/v2.txt" "$tmp/d2/sub/p.txt"
cp samples/000_116d8f1b544a73cf.txt "$tmp/d1/same.txt"; cp samples/000_116d8f1b544a73cf.txt "$tmp/d2/same.txt"
cp samples/002_a05951d4d3c7431f.txt "$tmp/d1/gone.txt"; cp samples/003_86930dd02f22fd9b.txt "$tmp/d2/new.txt"
echo junk >"$tmp/d1/.git/HEAD"
out=$(cd "$tmp" && "$perr" diff -q d1 d2); rc=$?
want=$(printf '%s\n' "Files d1/sub/p.txt and d2/sub/p.txt differ" "Only in d1: gone.txt" "Only in d2: new.txt")
check "[ $rc -eq 1 ] && [ \"\$out\" = \"\$want\" ]" "DIR1 DIR2 pairs files by name (got $rc:
$out)"
(cd "$tmp" && "$perr" diff d1 d2) >"$tmp/dirs.txt"
check "grep -qx 'perr diff d1/sub/p.txt → d2/sub/p.txt' '$tmp/dirs.txt' && grep -qx '1 added, 1 removed, 1 reworded, 1 moved' '$tmp/dirs.txt' && ! grep -q same.txt '$tmp/dirs.txt'" "DIR1 DIR2: a report for the pair that differs only"
(cd "$tmp" && "$perr" diff -f json d1 d2) >"$tmp/dirs.json"
check "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d[\"pairs\"]) == 2 and d[\"only_old\"] == [\"gone.txt\"] and d[\"only_new\"] == [\"new.txt\"]' '$tmp/dirs.json'" "DIR1 DIR2 in JSON"
echo "not a protocol" >"$tmp/d2/bad.txt"; cp "$old" "$tmp/d1/bad.txt"
(cd "$tmp" && "$perr" diff -f json d1 d2) >"$tmp/dirs.json" 2>"$tmp/err"; rc=$?
check "[ $rc -eq 2 ] && grep -q 'd2/bad.txt: error' '$tmp/err' && python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))[\"pairs\"]) == 2' '$tmp/dirs.json'" "DIR1 DIR2 with an unreadable pair: exit 2, the others still reported in valid JSON (got $rc)"
rm "$tmp/d1/bad.txt" "$tmp/d2/bad.txt"
out=$(cd "$tmp" && "$perr" diff -q d1/sub "$tmp/v2.txt" 2>&1); rc=$?
check "[ $rc -eq 2 ] && echo \"\$out\" | grep -q 'd1/sub/v2.txt: error'" "DIR FILE compares the file of that name in DIR (got $rc: $out)"

# --- issue 15: two ~11 MB trees 250 levels deep, bounded output and memory -
python3 - "$tmp" <<'PY'
import json, random, sys
rng = random.Random(7)
words = "accompagner favoriser renforcer développer soutenir habitants quartiers emploi santé école".split()
def title(): return " ".join(rng.choice(words) for _ in range(8)) + f" {rng.randint(1, 10**9)}"
kinds = ["axe", "objectif_strategique", "orientation", "objectif_operationnel"]
def tree(edit):
    r = random.Random(1)
    root = spine = {"kind": "axe", "title": "racine", "children": []}
    for level in range(1, 250):
        for k in range(60):
            t = leaves[level][k]
            if edit and (level * 60 + k) % 5 == 0: t += " modifié"
            if edit and (level * 60 + k) % 7 == 0: continue
            spine["children"].append({"kind": "action", "title": t})
        below = {"kind": kinds[level % 4], "title": spines[level], "children": []}
        spine["children"].append(below); spine = below
    return root
leaves = [[title() for _ in range(60)] for _ in range(250)]
spines = [title() for _ in range(250)]
def ids(nodes, prefix):
    for i, n in enumerate(nodes):
        n["id"] = f"{prefix}.n{i + 1}" if prefix else f"n{i + 1}"
        ids(n.get("children", []), n["id"])
sys.setrecursionlimit(10000)
for name, edit in (("deep_old", False), ("deep_new", True)):
    roots = [tree(edit)]; ids(roots, "")
    doc = {"perr": 1, "title": "Profond", "children": roots}
    open(f"{sys.argv[1]}/{name}.json", "w").write(json.dumps(doc, ensure_ascii=False))
PY
in_bytes=$(stat -c %s "$tmp/deep_old.json")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%e %M' -o "$tmp/time" timeout 60 "$perr" diff -f json "$tmp/deep_old.json" "$tmp/deep_new.json" >"$tmp/deep.json"; rc=$?
  read -r secs rss_kb < <(tail -1 "$tmp/time")
  [ "$rc" -eq 1 ] || secs=999
  out_bytes=$(stat -c %s "$tmp/deep.json")
  echo "deep trees: ${secs}s, $((rss_kb / 1024)) MB RSS, $((out_bytes / 1000000)) MB of JSON for $((in_bytes / 1000000)) MB a side"
  check "awk -v s='$secs' 'BEGIN { exit !(s < 10) }' && [ '$rss_kb' -lt 500000 ] && [ '$out_bytes' -lt $((3 * in_bytes)) ]" "250 levels deep, $((in_bytes / 1000000)) MB a side: ${secs}s, $((rss_kb / 1024)) MB RSS, $((out_bytes / 1000000)) MB of JSON (want < 10 s, < 500 MB, < 3x the input; exit $rc)"
  check "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); c=d[\"changes\"]; assert len(c) > 4000 and all(\"path\" not in x.get(\"new\", {}) for x in c)' '$tmp/deep.json'" "deep trees: the changes are all there, each with its parent id, no path"
else
  echo "SKIP: /usr/bin/time missing, deep-tree bounds not checked"
fi

echo "$((count - fails))/$count diff checks passed"
[ $fails -eq 0 ]
