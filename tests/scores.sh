#!/usr/bin/env bash
# Structure scores of each sample against its hand-written gold outline
# (tests/gold/*.outline, scored by tests/gold/score.py). Seeds listed in
# ENFORCED must reach F1 >= 0.95 with every metadata field ok.
set -u
perr=$1
ENFORCED="000 001 002 003 004"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
for gold in tests/gold/0*.outline; do  # the seeds; tests/gold/c* are the routes' programmes
  name=$(basename "$gold" .outline)
  "$perr" ingest --quiet --format json "samples/$name.txt" >"$tmp/$name.json" || { echo "$name: ingest failed"; status=1; continue; }
  out=$(python3 tests/gold/score.py "$gold" "$tmp/$name.json")
  f1=$(printf '%s\n' "$out" | sed -n 's/^F1=//p')
  meta=$(printf '%s\n' "$out" | grep '^metadata' || true)
  echo "${name:0:3}: F1=$f1 $meta"
  case " $ENFORCED " in *" ${name:0:3} "*)
    if ! python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.95 else 1)" || [[ "$meta" == *MISS* ]]; then
      echo "  FAIL: below 0.95 or metadata missing"; status=1
    fi;;
  esac
done
exit $status
