#!/bin/sh
# -max_len per fuzz target: small enough for thousands of runs a second on
# an idle core (a few hundred under load), long enough for a document's
# structure (a few nodes, a nested schema, two small versions for diff).
# The PDF, Word and OpenDocument seeds (tests/fuzz/seeds/pdf, docx, odt) are
# whole files of 0.6 to 1.6 KB: a shorter limit would cut off the zip's
# central directory or the PDF's objects.
case "$1" in
  fuzz_ingest_pdf|fuzz_ingest_docx|fuzz_ingest_odt) echo 2048 ;;
  *) echo 512 ;;
esac
