#!/bin/sh
# Seed directories of a fuzz target (read only; its corpus grows elsewhere).
case "$1" in
  fuzz_validate) echo tests/validate tests/fuzz/seeds/validate ;;
  fuzz_schema)   echo tests/fuzz/seeds/schema ;;
  fuzz_diff)     echo tests/fuzz/seeds/diff samples ;;
  *)             echo samples ;;
esac
