#!/usr/bin/env bash
# Golden tests: `perr ingest samples/NAME` must print tests/golden/NAME.yaml exactly.
#   golden.sh check   PERR NAME      -- one test (run by ctest)
#   golden.sh refresh PERR NAME...   -- rewrite the expectations on purpose
#                                       (cmake --build build --target refresh-golden), then review git diff
set -u
mode=$1 perr=$2
shift 2
status=0
for name in "$@"; do
  expected="tests/golden/${name%.*}.yaml"
  actual=$("$perr" ingest --quiet "samples/$name")
  rc=$?
  if [ "$mode" = refresh ]; then
    [ $rc -eq 0 ] && printf '%s\n' "$actual" >"$expected" && echo "refreshed $expected"
  elif [ ! -f "$expected" ]; then
    echo "missing $expected (run: cmake --build build --target refresh-golden)"; status=1
  elif ! diff -u "$expected" <(printf '%s\n' "$actual"); then
    echo "FAIL: samples/$name differs from $expected"; status=1
  fi
  [ $rc -eq 0 ] || { echo "perr ingest samples/$name exited $rc"; status=1; }
done
exit $status
