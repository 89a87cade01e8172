#!/usr/bin/env bash
# Benchmark (not a test), issue 14: perr ingest of one ~50 MB file per
# layout (a sample repeated) against libxml2's bare HTML parse of the same
# file, in CPU time (user+sys), best of 5, the two alternated in one run;
# with the peak RSS of perr in MiB beside its bound (3x the input + 32 MiB)
# and the CPU ratio 10x / 1x (a 5 MB file).
#   bench/ingest_floor.sh [PERR] [FORMAT] [LAYOUTS...]
# FORMAT is json (default) or yaml; LAYOUTS default to the four below.
# Needs: xmllint (libxml2-utils), GNU time, bc.
set -eu
perr=${1:-build/perr}; format=${2:-json}; shift $(( $# > 2 ? 2 : $# ))
layouts=("$@"); [ ${#layouts[@]} -gt 0 ] || layouts=(html-table text markdown web)
for tool in xmllint /usr/bin/time bc; do command -v "$tool" >/dev/null || { echo "missing: $tool"; exit 2; }; done
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

sample_of() { case $1 in html-table) echo samples/001_*;; text) echo samples/000_*;;
  markdown) echo samples/003_*;; web) echo samples/002_*;; *) echo "unknown layout $1" >&2; exit 2;; esac; }
repeat_to() { # file megabytes out: the file repeated until the output reaches the size
  local f=$1 target=$(( $2 * 1000000 )) size; size=$(stat -c %s "$f")
  local n=$(( (target + size - 1) / size ))
  for _ in $(seq "$n"); do cat "$f"; echo; done >"$3"
}
cpu() { # command... -> "seconds kilobytes" of CPU time (user + sys) and peak RSS
  # bash's own timing, in milliseconds (GNU time prints hundredths: a 5 MB
  # run takes 0.08 s, and the 10x/1x ratio moved by a tenth per tick);
  # GNU time, whose own CPU is about a millisecond, for the peak RSS.
  local TIMEFORMAT='%3U %3S'
  { time /usr/bin/time -f '%M' -o "$dir/t" "$@" >/dev/null 2>"$dir/err"; } 2>"$dir/c" ||
    { cat "$dir/err" >&2; exit 1; }
  awk -v kb="$(cat "$dir/t")" '{printf "%.4f %d\n", $1 + $2, kb}' "$dir/c"
}
best() { sort -n | head -1; }

printf '%-11s %8s %10s %10s %9s %7s %8s %9s %9s\n' layout MB perr_s xmllint_s perr_MB/s ratio RSS_MiB bound_MiB 10x/1x
for layout in "${layouts[@]}"; do
  sample=$(sample_of "$layout")
  repeat_to "$sample" 50 "$dir/big"; repeat_to "$sample" 5 "$dir/small"
  mb=$(echo "$(stat -c %s "$dir/big") / 1000000" | bc -l)
  : >"$dir/p"; : >"$dir/x"; : >"$dir/s"
  for _ in 1 2 3 4 5; do
    cpu "$perr" ingest -q -f "$format" --layout "$layout" "$dir/big" -o "$dir/out.$format" >>"$dir/p"
    cpu xmllint --html --huge --noout "$dir/big" >>"$dir/x"
    cpu "$perr" ingest -q -f "$format" --layout "$layout" "$dir/small" -o "$dir/out.$format" >>"$dir/s"
  done
  p=$(cut -d' ' -f1 "$dir/p" | best); x=$(cut -d' ' -f1 "$dir/x" | best)
  s=$(cut -d' ' -f1 "$dir/s" | best); rss=$(cut -d' ' -f2 "$dir/p" | sort -n | tail -1)
  printf '%-11s %8.1f %10.4f %10.4f %9.1f %7.3f %8.1f %9.1f %9.2f\n' "$layout" "$mb" "$p" "$x" \
    "$(echo "$mb / $p" | bc -l)" "$(echo "$x / $p" | bc -l)" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "3 * $(stat -c %s "$dir/big") / 1048576 + 32" | bc -l)" "$(echo "$p / $s" | bc -l)"
done
echo "perr: $perr, format $format, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
