#!/usr/bin/env bash
# Command tests of the PDF, Word and OpenDocument readers (issue 11): files
# recognised by their content, --layout pdf|docx|odt, source.layout, and
# each refusal with its message and exit code.
set -u
perr=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0

source "$(dirname "$0")/expect.sh"

set_dir=$here/office/set
pdf=$set_dir/000_116d8f1b544a73cf.pdf
docx=$set_dir/000_116d8f1b544a73cf.docx
odt=$set_dir/003_86930dd02f22fd9b.odt

# Read, with the layout recorded; detection by content, not by name.
for f in "$pdf:pdf" "$docx:docx" "$odt:odt"; do
  expect 0 "" -- "$perr" ingest -f json "${f%:*}"
  check "${f##*/}: source.layout is ${f##*:}" grep -q "\"layout\": *\"${f##*:}\"" "$tmp/out"
  cp "${f%:*}" "$tmp/renamed.txt"
  expect 0 "" -- "$perr" ingest -f json "$tmp/renamed.txt"
  check "${f##*/} named .txt: still ${f##*:}" grep -q "\"layout\": *\"${f##*:}\"" "$tmp/out"
  expect 0 "" -- "$perr" ingest -f json --layout "${f##*:}" "${f%:*}"
done
"$perr" ingest -f json "$pdf" -o "$tmp/pdf.json"
expect 0 "" -- "$perr" validate "$tmp/pdf.json"
# -v counts the running headers and page numbers removed from a PDF
expect 0 "lines of page furniture removed" -- "$perr" ingest -v "$set_dir/c02_rouen.own.pdf"
check "-v: furniture counted" grep -qE "\(pdf, binary, [0-9]+ nodes, [1-9][0-9]* lines of page furniture" "$tmp/err"
# standard input is read the same way
expect 0 "" -- bash -c "'$perr' ingest -f json - < '$docx'"
check "stdin: docx" grep -q '"layout": *"docx"' "$tmp/out"

# Refusals: one line on stderr naming the file, exit 1, no output file.
expect 1 "encrypted.pdf: error: encrypted PDF: it needs a password" -- "$perr" ingest "$here/office/errors/encrypted.pdf"
python3 "$here/office/md_to_pdf.py" --no-text "$tmp/scan.pdf"
expect 1 "scan.pdf: error: no text layer (a scanned document?): run OCR first" -- "$perr" ingest "$tmp/scan.pdf"
printf '%%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%%%EOF\n' >"$tmp/damaged.pdf"
expect 1 "damaged.pdf: error: damaged PDF" -- "$perr" ingest "$tmp/damaged.pdf"
head -c 3000 "$pdf" >"$tmp/truncated.pdf"
expect 1 "truncated.pdf: error: " -- "$perr" ingest "$tmp/truncated.pdf"
python3 "$here/office/md_to_pdf.py" --blank 2001 "$tmp/long.pdf"
expect 1 "long.pdf: error: PDF with too many pages (2001; the limit is 2000)" -- "$perr" ingest "$tmp/long.pdf"
printf 'Axe 1 : Emploi\n- Favoriser la mobilité\n' >"$tmp/text.txt"
expect 1 "text.txt: error: damaged PDF" -- "$perr" ingest --layout pdf "$tmp/text.txt"
expect 1 "text.txt: error: damaged zip container" -- "$perr" ingest --layout docx "$tmp/text.txt"
# a PDF forced into a text layout is refused as before, never decoded
expect 1 "error: a PDF document: perr reads text" -- "$perr" ingest --layout text "$pdf"

# Zip bombs: a member that inflates past 64 MiB, an archive of too many entries.
python3 - "$tmp" <<'PY'
import sys, zipfile
d = sys.argv[1]
with zipfile.ZipFile(d + "/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", b" " * (65 * 1024 * 1024))
with zipfile.ZipFile(d + "/many.odt", "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    for i in range(10001):
        z.writestr("p/%d" % i, "")
with zipfile.ZipFile(d + "/bad.docx", "w") as z:
    z.writestr("word/document.xml", "<w:document><w:body><w:p>")
PY
check "the zip bomb is small on disk" [ "$(stat -c %s "$tmp/bomb.docx")" -lt 200000 ]
expect 1 "bomb.docx: error: zip member word/document.xml inflates past the limit" -- "$perr" ingest "$tmp/bomb.docx"
expect 1 "many.odt: error: zip container with too many entries (10002; the limit is 10000)" -- "$perr" ingest "$tmp/many.odt"
expect 1 "bad.docx: error: damaged Word document: word/document.xml is not well-formed XML" -- "$perr" ingest "$tmp/bad.docx"
check "no output file for a refused input" bash -c "! '$perr' ingest -o '$tmp/o.yaml' '$tmp/scan.pdf' 2>/dev/null && [ ! -e '$tmp/o.yaml' ]"

echo "office readers: $((count - fails))/$count checks passed"
[ $fails -eq 0 ]
