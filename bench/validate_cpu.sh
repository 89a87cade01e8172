#!/usr/bin/env bash
# Benchmark (not a test), issue 14: perr validate against ajv-cli in CPU
# time (user+sys), best of RUNS, the two alternated in one run, on the
# corpus of bench/validate.sh (each sample's JSON and YAML output copied to
# 1002 files); YAML with perr alone (ajv reads no YAML).
#   bench/validate_cpu.sh [PERR] [RUNS]
set -eu
perr=${1:-build/perr}
runs=${2:-5}
. "$(dirname "$0")/validate_corpus.sh"
json_mb=$(echo "$(du -sb --apparent-size "$dir/json" | cut -f1) / 1000000" | bc -l)
yaml_mb=$(echo "$(du -sb --apparent-size "$dir/yaml" | cut -f1) / 1000000" | bc -l)
cpu() { /usr/bin/time -f '%U %S' -o "$dir/t" "$@" >/dev/null 2>&1 || true; awk '{printf "%.3f\n", $1 + $2}' "$dir/t"; }
: >"$dir/perr"; : >"$dir/ajv"; : >"$dir/yaml.t"
for _ in $(seq "$runs"); do
  cpu "$perr" validate -j 1 "$dir"/json/*.json >>"$dir/perr"
  cpu ajv validate --spec=draft7 --strict=false -s schema/perr.schema.json -d "$dir/json/*.json" >>"$dir/ajv"
  cpu "$perr" validate -j 1 "$dir"/yaml/*.yaml >>"$dir/yaml.t"
done
p=$(sort -n "$dir/perr" | head -1); a=$(sort -n "$dir/ajv" | head -1); y=$(sort -n "$dir/yaml.t" | head -1)
printf 'JSON, 1002 files, %.1f MB: perr validate -j 1 %.3f s CPU (%.1f MB/s), ajv-cli %.3f s CPU (%.1f MB/s): perr %.2fx\n' \
  "$json_mb" "$p" "$(echo "$json_mb / $p" | bc -l)" "$a" "$(echo "$json_mb / $a" | bc -l)" "$(echo "$a / $p" | bc -l)"
printf 'YAML, 1002 files, %.1f MB: perr validate -j 1 %.3f s CPU (%.1f MB/s)\n' "$yaml_mb" "$y" "$(echo "$yaml_mb / $y" | bc -l)"
echo "best of $runs; perr: $perr; load $(cut -d' ' -f1 /proc/loadavg)"
