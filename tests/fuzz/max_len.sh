#!/bin/sh
# -max_len per fuzz target: small enough for thousands of runs a second on
# an idle core (a few hundred under load), long enough for a document's
# structure (a few nodes, a nested schema, two small versions for diff).
case "$1" in
  fuzz_schema|fuzz_validate|fuzz_diff) echo 512 ;;
  *) echo 1024 ;;
esac
