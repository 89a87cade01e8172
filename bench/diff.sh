#!/usr/bin/env bash
# Benchmark (not a test): perr diff on generated trees of 1k, 10k and 50k
# nodes with 5 % of the nodes changed; CPU time (user+sys) and peak RSS,
# best of RUNS. With REF, a second perr binary (e.g. main's) is timed on the
# same files, alternated run by run with PERR. json-diff (npm) on the 10k
# pair when installed.
#   bench/diff.sh [PERR] [JSON_DIFF_TIMEOUT_S] [REF] [RUNS]
set -eu
perr=${1:-build/perr}
limit=${2:-300}
ref=${3:-}
runs=${4:-5}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

# "CPU_SECONDS PEAK_RSS_KB" of one run.
cpu() { /usr/bin/time -f '%U %S %M' -o "$dir/t" "$@" >/dev/null 2>&1 || true; tail -1 "$dir/t" | awk '{printf "%.3f %d\n", $1 + $2, $3}'; }
best() { sort -n | head -1; }
report() { # label nodes file-of-"cpu rss" changes
  read -r t rss < <(best <"$3")
  printf '%-14s %6d nodes, 5%% changed: %6.3f s CPU (best of %d), %4d MB peak RSS, %d changes\n' \
    "$1" "$2" "$t" "$runs" "$((rss / 1024))" "$4"
}
count() { "$1" diff -f json "$2" "$3" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["changes"]))'; }

for n in 1000 10000 50000; do
  python3 bench/gen_tree.py "$n" 5 "$dir/old$n.json" "$dir/new$n.json"
  : >"$dir/perr.times"; : >"$dir/ref.times"
  for _ in $(seq "$runs"); do
    cpu "$perr" diff -f json "$dir/old$n.json" "$dir/new$n.json" >>"$dir/perr.times"
    [ -z "$ref" ] || cpu "$ref" diff -f json "$dir/old$n.json" "$dir/new$n.json" >>"$dir/ref.times"
  done
  report "perr diff" "$n" "$dir/perr.times" "$(count "$perr" "$dir/old$n.json" "$dir/new$n.json")"
  [ -z "$ref" ] || report "reference" "$n" "$dir/ref.times" "$(count "$ref" "$dir/old$n.json" "$dir/new$n.json")"
done
if command -v json-diff >/dev/null; then
  s=$(date +%s.%N); timeout "$limit" json-diff "$dir/old10000.json" "$dir/new10000.json" >/dev/null 2>&1 || true; e=$(date +%s.%N)
  t=$(echo "$e - $s" | bc -l)
  printf 'json-diff      %6d nodes, 5%% changed: %7.3f s wall%s\n' 10000 "$t" "$(awk -v t="$t" -v l="$limit" 'BEGIN { if (t >= l) print " (stopped at the time limit)" }')"
else
  echo "json-diff not installed (npm install -g json-diff): skipped"
fi
