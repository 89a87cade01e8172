#!/bin/sh
# -max_len per fuzz target: small enough for thousands of runs a second,
# long enough for a document's structure (a few nodes, a nested schema).
case "$1" in
  fuzz_schema) echo 1024 ;;
  fuzz_validate|fuzz_diff) echo 2048 ;;
  *) echo 2048 ;;
esac
