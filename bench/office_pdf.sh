#!/usr/bin/env bash
# Benchmark (not a test): CPU time (user+sys, best of 5) of `perr ingest` on
# a 100-page PDF, side by side with pdftotext (default and -layout) on the
# same file, and with the converted route (pdftotext, then perr on its text).
#   bench/office_pdf.sh PERR [PDF]
# Without PDF, one is made: the programme of the five-territory seed (its
# html-doc rendering in /work/shared/layouts) four times and 28% of a fifth,
# which LibreOffice's export (soffice --infilter='HTML (StarWriter)'
# --convert-to pdf) sets on exactly 100 pages (576 KB).
set -eu
perr=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pdf=${2:-}
if [ -z "$pdf" ]; then
  src=/work/shared/layouts/001_110d2b5c28605c1f.html-doc.txt
  sed -e '1,/<body>/d' -e '/<\/body>/,$d' "$src" >"$work/body.html"
  part=$(( $(wc -l <"$work/body.html") * 28 / 100 ))
  { echo '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>'
    for _ in 1 2 3 4; do cat "$work/body.html"; done
    head -n "$part" "$work/body.html"
    echo '</body></html>'; } >"$work/long.html"
  HOME=$work soffice -env:UserInstallation=file://$work/profile --headless --norestore \
    --infilter='HTML (StarWriter)' --convert-to 'pdf:writer_pdf_Export' --outdir "$work" "$work/long.html" >/dev/null 2>&1
  pdf=$work/long.pdf
fi
echo "$pdf: $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') pages, $(stat -c %s "$pdf") bytes"
best() { # best-of-5 CPU seconds of the command
  local b=999 t
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f '%U %S' -o "$work/t" "$@" >/dev/null 2>&1 || true
    t=$(awk '{print $1 + $2}' "$work/t")
    b=$(echo "if ($t < $b) $t else $b" | bc -l)
  done
  printf '%6.2f s  %s\n' "$b" "$*"
}
best "$perr" ingest -q -f json "$pdf"
best pdftotext "$pdf" "$work/out.txt"
best pdftotext -layout "$pdf" "$work/out-layout.txt"
best "$perr" ingest -q -f json "$work/out.txt"
best "$perr" ingest -q -f json "$work/out-layout.txt"
