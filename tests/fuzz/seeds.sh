#!/bin/sh
# Seed directories of a fuzz target (read only; its corpus grows elsewhere).
case "$1" in
  fuzz_validate) echo tests/validate tests/fuzz/seeds/validate ;;
  fuzz_schema)   echo tests/fuzz/seeds/schema ;;
  fuzz_diff)     echo tests/fuzz/seeds/diff samples ;;
  fuzz_ingest_pdf|fuzz_ingest_docx|fuzz_ingest_odt)
                 echo tests/fuzz/seeds/${1#fuzz_ingest_} ;; # one small file each, under -max_len
  *)             echo samples ;;
esac
