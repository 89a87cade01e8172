#!/usr/bin/env bash
# The schema verdict of perr validate (findings PERR000/PERR001) must agree
# with ajv-cli's on every JSON fixture and every JSON ingest output.
# Skipped (exit 77) when ajv-cli is not installed (make test installs it).
set -u
perr=$1
command -v ajv >/dev/null || { echo "ajv-cli not installed: skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$perr" ingest -q -f json samples/* -o "$tmp"
fails=0 count=0
for f in tests/validate/*.json "$tmp"/*.json; do
  count=$((count + 1))
  ajv validate --spec=draft7 --strict=false -s schema/perr.schema.json -d "$f" >/dev/null 2>&1 && ajv_ok=1 || ajv_ok=0
  n=$("$perr" validate -f json "$f" | python3 -c '
import json, sys
print(sum(1 for x in json.load(sys.stdin)["files"][0]["findings"] if x["rule"] in ("PERR000", "PERR001")))')
  perr_ok=$([ "$n" -eq 0 ] && echo 1 || echo 0)
  [ "$ajv_ok" = "$perr_ok" ] || { echo "DISAGREE on $f: ajv valid=$ajv_ok, perr schema-valid=$perr_ok"; fails=$((fails + 1)); }
done
echo "$((count - fails))/$count files: perr and ajv-cli agree"
[ $fails -eq 0 ]
