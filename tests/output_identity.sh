#!/usr/bin/env bash
# Issue 14: speed work must not change a byte of what ingest writes. Every
# sample, layout-set, converter-route and office file, and every file of the
# ingest fuzz corpora (with --allow-empty, so that most of them go through
# the whole pipeline), is ingested to JSON and to YAML; the hashes of the
# outputs and of the error lines are compared with tests/golden/outputs.sha256
# (one line per file; one line per fuzz corpus, a hash of its files' hashes).
#   tests/output_identity.sh PERR SOURCE_DIR [--refresh]
# --refresh rewrites the manifest: only for a change meant to alter outputs.
set -eu
perr=$(realpath "$1"); src=$2; refresh=${3:-}
manifest=$src/tests/golden/outputs.sha256
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$src"

ingest() { # NAME FORMAT LAYOUT INPUTS...
    local name=$1 format=$2 layout=(); shift 2
    [ -n "$1" ] && layout=(--layout "$1")
    shift
    "$perr" ingest -q -j 1 --allow-empty -f "$format" "${layout[@]}" "$@" -o "$tmp/$name.$format" \
        2>"$tmp/$name.$format.errors" || true
    sed -i "s|$tmp|TMP|g" "$tmp/$name.$format.errors"
}
hashes() { # DIR: "HASH  NAME" per file, sorted by name
    (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

for format in json yaml; do
    ingest samples "$format" "" samples
    ingest layouts "$format" "" tests/layouts
    ingest routes "$format" "" tests/routes
    for ext in pdf docx odt; do
        ingest "office-$ext" "$format" "" tests/office/set/*."$ext"
    done
    for layout in text markdown html html-table pdf docx odt; do
        ingest "fuzz-$layout" "$format" "$layout" "tests/fuzz/corpus/fuzz_ingest_${layout//-/_}"
    done
done

{
    for group in samples layouts routes office-pdf office-docx office-odt; do
        for format in json yaml; do
            hashes "$tmp/$group.$format" | sed "s|  \./|  $group.$format/|"
            echo "$(sha256sum <"$tmp/$group.$format.errors" | cut -c1-64)  $group.$format.errors"
        done
    done
    for layout in text markdown html html-table pdf docx odt; do
        for format in json yaml; do
            group=fuzz-$layout.$format
            files=$(ls "$tmp/$group" | wc -l)
            echo "$( (hashes "$tmp/$group"; cat "$tmp/$group.errors") | sha256sum | cut -c1-64)  $group ($files files)"
        done
    done
} >"$tmp/manifest"

if [ "$refresh" = --refresh ]; then
    cp "$tmp/manifest" "$manifest"
    echo "refreshed $manifest ($(wc -l <"$manifest") entries)"
    exit 0
fi
if ! diff -u "$manifest" "$tmp/manifest" >"$tmp/diff"; then
    echo "FAIL: ingest outputs differ from tests/golden/outputs.sha256 ($(grep -c '^+[^+]' "$tmp/diff") entries):"
    head -40 "$tmp/diff"
    exit 1
fi
echo "PASS: $(wc -l <"$manifest") output hashes identical"
