#!/usr/bin/env bash
# The git recipes of the README work: a textconv driver (git diff shows the
# protocol's outline changing) and a difftool (git difftool shows perr diff).
# The textconv driver must not break `git diff` on the other files its
# attribute pattern catches (a notes.txt, a binary .txt): perr ingest
# --textconv gives them back as they are (issue 13 item 9).
set -u
perr=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
textconv=${2:-"$perr ingest --textconv"} # the README's recipe
src=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" && git init -q repo && cd repo
git config user.email t@example.org && git config user.name test
echo '*.txt diff=perr' >.gitattributes
git config diff.perr.textconv "$textconv"
git config difftool.perr.cmd "$perr diff \"\$LOCAL\" \"\$REMOTE\""
cp "$src/samples/004_5b84d36912402381.txt" protocole.txt
printf 'Liste des courses\n- pain\n' >notes.txt
printf '\x00\x01binary\n' >data.txt
git add . && git commit -qm v1
cp "$src/tests/diff/004_v2_four_edits.txt" protocole.txt
printf 'Liste des courses\n- pain\n- lait\n' >notes.txt
printf '\x00\x02binary\n' >data.txt
fails=0
git diff >"$tmp/diff.out" 2>"$tmp/diff.err"; rc=$?
[ $rc -eq 0 ] || { echo "FAIL: git diff exited $rc: $(head -3 "$tmp/diff.err")"; fails=1; }
grep -q '^+.*Créer un forum annuel' "$tmp/diff.out" || { echo "FAIL: textconv (outline change)"; fails=1; }
grep -q '^+- lait' "$tmp/diff.out" || { echo "FAIL: textconv fallback (notes.txt as it is)"; fails=1; }
git diff -- data.txt >/dev/null 2>&1 || { echo "FAIL: git diff on a binary .txt"; fails=1; }
git difftool -y -t perr -- protocole.txt 2>/dev/null | grep -q '^1 added, 1 removed, 1 reworded, 1 moved$' || { echo "FAIL: difftool"; fails=1; }
[ $fails -eq 0 ] && echo "git textconv (with fallback) and difftool recipes: ok"
[ $fails -eq 0 ]
