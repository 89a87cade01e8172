#!/usr/bin/env bash
# Benchmark (not a test): perr diff on generated trees of 1k, 10k and 50k
# nodes with 5 % of the nodes changed, and json-diff (npm) on the same 10k
# JSON pair.   bench/diff.sh [PERR] [JSON_DIFF_TIMEOUT_S]
set -eu
perr=${1:-build/perr}
limit=${2:-300}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
for n in 1000 10000 50000; do
  python3 bench/gen_tree.py "$n" 5 "$dir/old$n.json" "$dir/new$n.json"
  best=999
  for _ in 1 2 3; do t=$(secs "$perr" diff -f json "$dir/old$n.json" "$dir/new$n.json"); best=$(echo "if ($t < $best) $t else $best" | bc -l); done
  changes=$("$perr" diff -f json "$dir/old$n.json" "$dir/new$n.json" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["changes"]))')
  printf 'perr diff   %6d nodes, 5%% changed: %7.3f s (best of 3), %d changes reported\n' "$n" "$best" "$changes"
done
if command -v json-diff >/dev/null; then
  t=$(secs timeout "$limit" json-diff "$dir/old10000.json" "$dir/new10000.json")
  printf 'json-diff   %6d nodes, 5%% changed: %7.3f s%s\n' 10000 "$t" "$(awk -v t="$t" -v l="$limit" 'BEGIN { if (t >= l) print " (stopped at the time limit)" }')"
else
  echo "json-diff not installed (npm install -g json-diff): skipped"
fi
