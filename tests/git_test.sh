#!/usr/bin/env bash
# The git recipes of the README work: a textconv driver (git diff shows the
# protocol's outline changing) and a difftool (git difftool shows perr diff).
set -u
perr=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" && git init -q repo && cd repo
git config user.email t@example.org && git config user.name test
echo '*.txt diff=perr' >.gitattributes
git config diff.perr.textconv "$perr ingest -q --format md"
git config difftool.perr.cmd "$perr diff \"\$LOCAL\" \"\$REMOTE\""
cp "$src/samples/004_5b84d36912402381.txt" protocole.txt
git add . && git commit -qm v1
cp "$src/tests/diff/004_v2_four_edits.txt" protocole.txt
fails=0
git diff | grep -q '^+.*Créer un forum annuel' || { echo "FAIL: textconv"; fails=1; }
git difftool -y -t perr 2>/dev/null | grep -q '^1 added, 1 removed, 1 reworded, 1 moved$' || { echo "FAIL: difftool"; fails=1; }
[ $fails -eq 0 ] && echo "git textconv and difftool recipes: ok"
[ $fails -eq 0 ]
