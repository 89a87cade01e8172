# Sourced by bench/validate.sh and bench/validate_cpu.sh: the corpus both
# time. Needs $perr; sets $dir (removed on exit) with json/ and yaml/, each
# sample's ingest output copied 167 times (1002 files of each format).
command -v ajv >/dev/null || { echo "ajv-cli missing: npm install -g ajv-cli@5"; exit 2; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
mkdir "$dir/json" "$dir/yaml"
for f in samples/*; do
  n=$(basename "$f")
  "$perr" ingest -q -f json "$f" -o "$dir/one.json"
  "$perr" ingest -q "$f" -o "$dir/one.yaml"
  for i in $(seq 1 167); do cp "$dir/one.json" "$dir/json/${n}_$i.json"; cp "$dir/one.yaml" "$dir/yaml/${n}_$i.yaml"; done
done
