#!/usr/bin/env bash
# Line coverage of parsers/*.cpp per input (issue 10: "a rule that nothing but
# one sample exercises (a coverage run per sample shows them) is generalised or
# removed").
#
# Usage: bench/coverage_per_sample.sh [BUILD_DIR [LAYOUT_DIR]]
#   BUILD_DIR   coverage build directory (default build-cov), configured here
#               with gcc --coverage -O0 and PERR_WERROR=ON
#   LAYOUT_DIR  the layout set (default /work/shared/layouts, else tests/layouts)
#   JOBS=1      build parallelism (environment)
#
# For each run it deletes every .gcda, runs one input, and keeps gcov's line
# counts of parsers/*.cpp in BUILD_DIR/coverage-runs/<kind>__<name>.tsv:
#   sample__<file>  perr ingest -q -f json samples/<file>
#   layout__<file>  perr ingest -q -f json LAYOUT_DIR/<file>
#   unit            perr_tests without the test cases that ingest samples/
#                   (they would count every sample's lines as unit-tested)
#   unit-all        perr_tests, every test case
# then prints bench/coverage_report.py's report (a: lines one sample alone
# executes; b: lines samples or layouts execute and no unit test does) and
# writes list (a) to BUILD_DIR/coverage-runs/single_sample.txt, list (b) to
# BUILD_DIR/coverage-runs/untested.txt, list (c) (lines one document alone executes,
# unit tests aside) to BUILD_DIR/coverage-runs/one_document.txt.
# Needs gcc/gcov 12 (gcov --json-format --stdout) and python3; nothing else.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-cov}
layouts=${2:-/work/shared/layouts}
[ -d "$layouts" ] || layouts=$root/tests/layouts
jobs=${JOBS:-1}
cd "$root"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Coverage \
  -DCMAKE_CXX_FLAGS="--coverage -O0" -DCMAKE_EXE_LINKER_FLAGS="--coverage" \
  -DPERR_WERROR=ON >/dev/null
# Counts left by an older build would not match its objects (libgcov says so
# when doctest_discover_tests runs perr_tests after linking).
find "$build" -name '*.gcda' -delete
nice -n 5 cmake --build "$build" -j "$jobs" --target perr perr_tests >/dev/null

objects=$build/CMakeFiles/perr_core.dir/parsers
runs=$build/coverage-runs
rm -rf "$runs"
mkdir -p "$runs"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Test cases (and one subcase) that ingest samples/: left out of the `unit` run.
sample_cases='perr::Ingester on the samples,perr::diff_documents on random edit scripts*'
sample_cases+=',perr::read_perr_json reads what document_from_json reads'
sample_cases+=",perr.schema.json: every sample's output validates"
sample_subcases='*every sample*'

# collect NAME: gcov over every parsers object (no .gcda: all counts 0, so
# each run lists every executable line), one pass, JSON on stdout.
collect() {
  (cd "$scratch" && gcov --json-format --stdout "$root/$objects"/*.gcno 2>/dev/null) |
    python3 "$root/bench/coverage_report.py" extract "$root" >"$runs/$1.tsv"
}

reset() { find "$build" -name '*.gcda' -delete; }

run_ingest() { # NAME FILE
  reset
  "$build/perr" ingest -q -f json "$2" -o "$scratch/out.json" || echo "note: $2 exit $?" >&2
  collect "$1"
}

for f in samples/*; do run_ingest "sample__$(basename "$f")" "$f"; done
for f in "$layouts"/*; do run_ingest "layout__$(basename "$f")" "$f"; done

reset
"$build/tests/perr_tests" -tce="$sample_cases" -sce="$sample_subcases" >"$scratch/unit.log" ||
  { tail -20 "$scratch/unit.log" >&2; echo "unit tests failed" >&2; }
collect unit
reset
"$build/tests/perr_tests" >"$scratch/unit-all.log" || echo "note: unit-all failed" >&2
collect unit-all

python3 bench/coverage_report.py report "$root" "$runs" \
  --single-sample-list "$runs/single_sample.txt" --untested-list "$runs/untested.txt" \
  --one-document-list "$runs/one_document.txt"
