#!/usr/bin/env bash
# Batches, folders, JSON Lines and perr validate as a new user meets them
# (issue 13, items 4, 5, 11 and 12). Usage: batch_test.sh PERR [sanitized]
set -u
perr=$1 sanitized=${2:-0}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/bounded.sh"
sample=samples/000_116d8f1b544a73cf.txt

# --- item 4: batch honesty -----------------------------------------------------------------
bounded missing-output-dir 2 150 -- "$perr" ingest -q "$sample" samples/003_86930dd02f22fd9b.txt -o "$tmp/new/out"
expect_rc missing-output-dir 0
[ -s "$tmp/new/out/000_116d8f1b544a73cf.yaml" ] || fail missing-output-dir "-o DIR was not created"

mkdir "$tmp/in"; cp "$sample" "$tmp/in/a.txt"; cp "$sample" "$tmp/in/b.txt"
"$perr" ingest -q "$tmp/in" -o "$tmp/stale" || fail stale-output "first run failed"
: >"$tmp/in/b.txt"
bounded stale-output 2 150 -- "$perr" ingest "$tmp/in" -o "$tmp/stale"
expect_rc stale-output 1
expect_err stale-output "in/b.txt: error: empty file"
expect_err stale-output "stale/b.yaml: warning: left from an earlier run: its input was not ingested this time"
expect_err stale-output "1 written, 1 rejected, 0 failed"

mkdir -p "$tmp/dirout/x.yaml" "$tmp/in2"; cp "$sample" "$tmp/in2/x.txt"; cp "$sample" "$tmp/in2/y.txt"
bounded failed-write-counted 2 150 -- "$perr" ingest "$tmp/in2" -o "$tmp/dirout"
expect_rc failed-write-counted 2
expect_err failed-write-counted "dirout/x.yaml: error: cannot rename into place"
expect_err failed-write-counted "1 written, 0 rejected, 1 failed"

# --- item 5: folder walking -------------------------------------------------------------------
mkdir -p "$tmp/corpus/.git/objects" "$tmp/corpus/2019" "$tmp/corpus/2022"
printf 'ref: refs/heads/main\n' >"$tmp/corpus/.git/HEAD"; : >"$tmp/corpus/.git/objects/pack"
printf 'x' >"$tmp/corpus/.notes.txt.swp"
cp "$sample" "$tmp/corpus/2019/protocole.txt"; cp samples/003_86930dd02f22fd9b.txt "$tmp/corpus/2022/protocole.txt"
bounded hidden-entries-skipped 2 150 -- "$perr" ingest "$tmp/corpus" -o "$tmp/walk"
expect_rc hidden-entries-skipped 0
expect_err hidden-entries-skipped "perr ingest: 2 files"
bounded subfolders-kept 1 100 -- ls "$tmp/walk/2019/protocole.yaml" "$tmp/walk/2022/protocole.yaml"
expect_rc subfolders-kept 0
expect_empty subfolders-kept "$tmp/walk/.git" "$tmp/walk/protocole.yaml"

# --- item 11: JSON Lines in; folders everywhere ------------------------------------------------
"$perr" ingest -q -f jsonl samples/* >"$tmp/all.jsonl"
bounded jsonl-validate 2 150 -- "$perr" validate -f json "$tmp/all.jsonl"
expect_rc jsonl-validate 0
expect_out jsonl-validate '"documents": 6'
bounded jsonl-stats 2 150 -- "$perr" stats -f csv "$tmp/all.jsonl"
expect_rc jsonl-stats 0
[ "$(grep -c '^' "$tmp/out")" -ge 7 ] || fail jsonl-stats "fewer rows than documents"
"$perr" ingest -q -f jsonl samples/004_5b84d36912402381.txt >"$tmp/old.jsonl"
"$perr" ingest -q -f jsonl tests/diff/004_v2_four_edits.txt >"$tmp/new.jsonl"
bounded jsonl-diff 2 150 -- "$perr" diff "$tmp/old.jsonl" "$tmp/new.jsonl"
expect_rc jsonl-diff 1
expect_out jsonl-diff "1 added, 1 removed, 1 reworded, 1 moved"
bounded jsonl-diff-several 2 150 -- "$perr" diff "$tmp/all.jsonl" "$tmp/new.jsonl"
expect_rc jsonl-diff-several 2
expect_err jsonl-diff-several "all.jsonl: error: holds 6 documents"

"$perr" ingest -q samples -o "$tmp/exports"
cp samples/000_116d8f1b544a73cf.txt "$tmp/exports/raw.txt" # not an export name: not validated
bounded validate-folder 2 150 -- "$perr" validate "$tmp/exports"
expect_rc validate-folder 0
bounded stats-folder 2 150 -- "$perr" stats -f csv "$tmp/exports"
expect_rc stats-folder 0
for f in "$tmp"/exports/*; do # one row per part of each file, at least one per file
  grep -qF "$f," "$tmp/out" || fail stats-folder "no row for $f"
done

# --- item 12: validate ---------------------------------------------------------------------------
bounded validate-tty-summary 2 150 -- script -qec "\"$perr\" validate \"$tmp/exports\"" /dev/null
expect_rc validate-tty-summary 0
expect_out validate-tty-summary "ok: 6 files"
bounded validate-no-summary-in-pipes 2 150 -- "$perr" validate "$tmp/exports"
grep -q '^ok: \|files invalid' "$tmp/out" && fail validate-no-summary-in-pipes "a pipe got the summary"

bounded validate-unreadable-json 1 100 -- "$perr" validate -f json "$tmp/missing.yaml" tests/validate/pass_minimal.yaml
expect_rc validate-unreadable-json 2
python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
f = r["files"][0]
assert f["path"].endswith("missing.yaml") and not f["valid"] and "No such file" in f["error"], f
assert r["totals"]["unreadable"] == 1 and r["totals"]["files"] == 2, r["totals"]' "$tmp/out" ||
  fail validate-unreadable-json "the unreadable file is not in the report"
bounded validate-unreadable-github 1 100 -- "$perr" validate -f github "$tmp/missing.yaml"
expect_rc validate-unreadable-github 2
expect_out validate-unreadable-github "::error file=$tmp/missing.yaml,title=perr::cannot open: No such file or directory"

count=$((count + 1)) # the --help recipes, on every bundled sample
for s in samples/*; do
  "$perr" ingest -q "$s" | "$perr" validate - >"$tmp/recipe" 2>&1 ||
    fail validate-help-recipe "perr ingest $s | perr validate -: $(head -c 200 "$tmp/recipe")"
done
"$perr" validate --help | grep -q '^  perr ingest doc.txt | perr validate -$' ||
  fail validate-help-recipe "--help does not show the recipe checked here"

bounded validate-raw-protocol 1 100 -- "$perr" validate "$sample"
expect_rc validate-raw-protocol 1
expect_out validate-raw-protocol "000_116d8f1b544a73cf.txt:1:1: error: not a perr export"
expect_out validate-raw-protocol "run \`perr ingest\` on it first"

if command -v ajv >/dev/null; then
  bounded schema-ajv-strict 10 400 -- ajv compile --spec=draft7 --strict=true -s schema/perr.schema.json
  expect_rc schema-ajv-strict 0
else
  echo "ajv-cli not installed: schema-ajv-strict skipped (make check installs it)"
fi

# --- issue 14: a batch's memory does not grow with its number of files ----------------------
# jsonl and csv are streamed per document; 1000 inputs may not take more
# than 100 inputs plus a margin (ASan's quarantine keeps freed memory: not
# measured there).
if [ "$sanitized" = 0 ]; then
  big=samples/004_5b84d36912402381.txt
  mkdir "$tmp/b100" "$tmp/b1000"
  for i in $(seq 100); do cp "$big" "$tmp/b100/$i.txt"; done
  for i in $(seq 1000); do cp "$big" "$tmp/b1000/$i.txt"; done
  for format in jsonl csv json; do
    for n in 100 1000; do
      out="$tmp/rss.$format.$n"; [ "$format" = json ] || out="$out.$format"
      /usr/bin/time -f '%M' -o "$tmp/rss.$n" "$perr" ingest -q -j 2 -f "$format" "$tmp/b$n" -o "$out" ||
        fail "batch-rss-$format" "ingest of $n files failed"
    done
    count=$((count + 1))
    small=$(cat "$tmp/rss.100") large=$(cat "$tmp/rss.1000")
    [ $((large - small)) -lt 12000 ] ||
      fail "batch-rss-$format" "peak RSS grew from ${small} KB (100 files) to ${large} KB (1000 files)"
  done
fi

report
