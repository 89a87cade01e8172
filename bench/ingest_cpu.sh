#!/usr/bin/env bash
# Benchmark (not a test): CPU time (user+sys, best of 5) of one-thread
# ingest over the samples copied N times, per output format; give two perr
# binaries to compare them, alternated in the same run.
#   bench/ingest_cpu.sh [COPIES] PERR [PERR2]
set -eu
copies=${1:-240}; shift
corpus=$(mktemp -d); out=$(mktemp -d); trap 'rm -rf "$corpus" "$out"' EXIT
for i in $(seq -w 1 "$copies"); do for f in samples/*; do cp "$f" "$corpus/${i}_$(basename "$f")"; done; done
echo "corpus: $(du -sh --apparent-size "$corpus" | cut -f1), $(ls "$corpus" | wc -l) files"
for format in yaml json; do
  declare -A best=()
  for _ in 1 2 3 4 5; do
    for perr in "$@"; do
      /usr/bin/time -f '%U %S' -o "$out/t" "$perr" ingest -q -j 1 -f "$format" "$corpus" -o "$out/" >/dev/null 2>&1 || true
      t=$(awk '{print $1 + $2}' "$out/t")
      b=${best[$perr]:-999}
      best[$perr]=$(echo "if ($t < $b) $t else $b" | bc -l)
    done
  done
  for perr in "$@"; do printf '%-5s %-40s best-of-5 CPU %6.2f s\n' "$format" "$perr" "${best[$perr]}"; done
  unset best
done
