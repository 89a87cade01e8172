#!/usr/bin/env bash
# Benchmark (not a test): perr validate vs ajv-cli on 1000 ingest outputs.
#   bench/validate.sh [PERR] [RUNS]
# Builds the corpus from samples/ (each sample's JSON and YAML output,
# copied to 1002 files), then times, in the same run, each tool RUNS times
# and reports the median wall time and throughput.
set -eu
perr=${1:-build/perr}
runs=${2:-5}
. "$(dirname "$0")/validate_corpus.sh"
files=$(ls "$dir/json" | wc -l)
json_mb=$(du -sm --apparent-size "$dir/json" | cut -f1)
yaml_mb=$(du -sm --apparent-size "$dir/yaml" | cut -f1)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_it() { # label mb command...
  local label=$1 mb=$2; shift 2
  local t
  t=$(for _ in $(seq "$runs"); do
        s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
        echo "$e - $s" | bc -l
      done | median)
  printf '%-34s %8.3f s  %7.1f MB/s\n' "$label" "$t" "$(echo "$mb / $t" | bc -l)"
}

echo "corpus: $files JSON files ($json_mb MB), $files YAML files ($yaml_mb MB); median of $runs runs; $(nproc) cores"
time_it "perr validate (JSON)"            "$json_mb" "$perr" validate "$dir"/json/*.json
time_it "perr validate -j 1 (JSON)"       "$json_mb" "$perr" validate -j 1 "$dir"/json/*.json
time_it "ajv-cli validate (JSON)"         "$json_mb" ajv validate --spec=draft7 --strict=false -s schema/perr.schema.json -d "$dir/json/*.json"
time_it "perr validate (YAML)"            "$yaml_mb" "$perr" validate "$dir"/yaml/*.yaml
