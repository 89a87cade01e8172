#!/usr/bin/env bash
# Benchmark (not a test): perr ingest throughput, side by side with
# libxml2's bare HTML parse (xmllint, the floor for the HTML path) and pandoc.
#   bench/ingest.sh [PERR]
# Needs: xmllint (libxml2-utils), pandoc, GNU time (Debian packages).
# Corpus, generated from samples/: >= 50 MB of html-table files (copies of
# seed 001) and >= 50 MB of line-layout files (seeds 000, 002, 003, 004 in
# turn); a 1x slice (a tenth) for the scaling ratio; a 1 MB html-table
# slice for pandoc.
set -eu
perr=${1:-build/perr}
for tool in xmllint pandoc /usr/bin/time bc; do command -v "$tool" >/dev/null || { echo "missing: $tool"; exit 2; }; done
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

make_corpus() { # name target_mb files...
  local name=$1 target=$(( $2 * 1000000 )) total=0 i=0; shift 2
  mkdir -p "$dir/$name"
  while [ $total -lt $target ]; do
    for f in "$@"; do
      cp "$f" "$dir/$name/$(printf '%05d' $i)_$(basename "$f")"; i=$((i + 1))
      total=$((total + $(stat -c %s "$f")))
    done
  done
}
make_corpus table 50 samples/001_*.txt
make_corpus text 50 samples/000_*.txt samples/002_*.txt samples/003_*.txt samples/004_*.txt
make_corpus table1x 5 samples/001_*.txt
make_corpus text1x 5 samples/000_*.txt samples/002_*.txt samples/003_*.txt samples/004_*.txt
head -c 1000000 <(cat "$dir"/table/*) > "$dir/slice.html"

mb() { echo "$(du -sb --apparent-size "$1" | cut -f1) / 1000000" | bc -l | xargs printf "%.1f"; }
run() { # label megabytes command... ; median time of 3 runs, MB/s, peak RSS
  local label=$1 size=$2; shift 2
  local times=() rss=0 secs kb
  for _ in 1 2 3; do
    rm -f "$dir"/out/* 2>/dev/null || true
    /usr/bin/time -f '%e %M' -o "$dir/time" "$@" >/dev/null 2>"$dir/err" || true
    read -r secs kb <"$dir/time"
    times+=("$secs"); [ "$kb" -gt "$rss" ] && rss=$kb
  done
  secs=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  printf '%-44s %7.2f s %8.1f MB/s %8.1f MB RSS\n' "$label" "$secs" "$(echo "$size / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  echo "$secs" >"$dir/last"
}

echo "machine: $(nproc) cores; corpus: html-table $(mb "$dir/table") MB ($(ls "$dir/table" | wc -l) files), text $(mb "$dir/text") MB ($(ls "$dir/text" | wc -l) files)"
mkdir -p "$dir/out"
run "perr ingest html-table -> JSON"        "$(mb "$dir/table")" "$perr" ingest -q -f json "$dir/table" -o "$dir/out"; t10=$(cat "$dir/last")
run "perr ingest html-table -> YAML"        "$(mb "$dir/table")" "$perr" ingest -q "$dir/table" -o "$dir/out"
run "perr ingest html-table 1x slice -> JSON" "$(mb "$dir/table1x")" "$perr" ingest -q -f json "$dir/table1x" -o "$dir/out"; t1=$(cat "$dir/last")
run "perr ingest -j 1 html-table -> JSON"   "$(mb "$dir/table")" "$perr" ingest -q -j 1 -f json "$dir/table" -o "$dir/out"
run "xmllint --html --huge --noout (html-table)" "$(mb "$dir/table")" xmllint --html --huge --noout "$dir"/table/*
run "perr ingest text -> JSON"              "$(mb "$dir/text")" "$perr" ingest -q -f json "$dir/text" -o "$dir/out"; s10=$(cat "$dir/last")
run "perr ingest text -> YAML"              "$(mb "$dir/text")" "$perr" ingest -q "$dir/text" -o "$dir/out"
run "perr ingest text 1x slice -> JSON"     "$(mb "$dir/text1x")" "$perr" ingest -q -f json "$dir/text1x" -o "$dir/out"; s1=$(cat "$dir/last")
run "perr ingest 1 MB html-table slice -> JSON" 1 "$perr" ingest -q -f json --layout html-table "$dir/slice.html" -o "$dir/slice.json"
run "pandoc -f html -t json (1 MB slice)"   1 pandoc -f html -t json "$dir/slice.html" -o "$dir/slice.pandoc.json"
printf 'scaling 1x -> 10x (time ratio, 10 = linear): html-table %.1f, text %.1f\n' \
  "$(echo "$t10 / $t1" | bc -l)" "$(echo "$s10 / $s1" | bc -l)"
