#!/usr/bin/env bash
# Command tests: exit codes, messages and files of the perr CLI.
set -u
perr=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0

source "$(dirname "$0")/expect.sh"

sample=samples/000_116d8f1b544a73cf.txt
: >"$tmp/empty.txt"
printf 'int main(void) { return 0; }\n' >"$tmp/main.c"
printf '\x7fELF\x00\x00\x01' >"$tmp/bin"
mkdir "$tmp/dir" "$tmp/outdir"

expect 0 "" -- "$perr" --version
expect 0 "" -- "$perr" ingest --help
expect 2 "" -- "$perr"
expect 2 "--format" -- "$perr" ingest --format xml "$sample"
expect 0 "" -- "$perr" ingest "$sample"
expect 1 "$tmp/empty.txt: error: empty file" -- "$perr" ingest "$tmp/empty.txt"
expect 1 "$tmp/main.c: error: no protocol structure found" -- "$perr" ingest "$tmp/main.c"
expect 1 "$tmp/bin: error: binary file" -- "$perr" ingest "$tmp/bin"
expect 1 "/etc/hostname: error:" -- "$perr" ingest /etc/hostname
expect 2 "$tmp/missing.txt: error: cannot open: No such file or directory" -- "$perr" ingest "$tmp/missing.txt"
expect 2 "$tmp/dir: error: is a directory" -- "$perr" ingest "$tmp/dir"
expect 2 "several inputs need -o DIR" -- "$perr" ingest "$sample" samples/002_a05951d4d3c7431f.txt
expect 2 "would overwrite its input" -- "$perr" ingest "$sample" -o "$sample"
# pdftotext-like text: page numbers and a running header after each form feed
{ printf 'Protocole\n\nAxe 1 : Emploi\n- Favoriser la mobilit\xc3\xa9 des habitants des quartiers\n\n1\n'
  printf '\fEn-t\xc3\xaate du document\n\n- Animer\n\n2\n\fEn-t\xc3\xaate du document\n\n- Lever\n\n3\n'
  printf '\fEn-t\xc3\xaate du document\n\n- Agir\n'; } >"$tmp/paged.txt"
expect 0 "lines of page furniture removed" -- "$perr" ingest -v "$tmp/paged.txt"
grep -q "6 lines of page furniture removed" "$tmp/err" || { echo "FAIL: furniture count: $(cat "$tmp/err")"; fails=$((fails + 1)); }
grep -q "En-t" "$tmp/out" && { echo "FAIL: a running header became content"; fails=$((fails + 1)); }

mkdir "$tmp/a" "$tmp/b"; cp "$sample" "$tmp/a/x.txt"; cp "$sample" "$tmp/b/x.txt"
expect 2 "would both write" -- "$perr" ingest "$tmp/a/x.txt" "$tmp/b/x.txt" -o "$tmp/outdir"

# One bad file in a batch: the others are written, the exit code says so.
expect 1 "main.c: error" -- "$perr" ingest "$sample" "$tmp/main.c" samples/003_86930dd02f22fd9b.txt -o "$tmp/outdir"
count=$((count + 1))
if [ ! -s "$tmp/outdir/000_116d8f1b544a73cf.yaml" ] || [ ! -s "$tmp/outdir/003_86930dd02f22fd9b.yaml" ] || [ -e "$tmp/outdir/main.yaml" ]; then
  echo "FAIL: batch outputs: $(ls "$tmp/outdir")"; fails=$((fails + 1))
fi

# Size limit, --allow-empty, garbled text, hostile shapes.
expect 1 "file too large" -- "$perr" ingest --max-bytes 1000 "$sample"
expect 1 "file too large" -- bash -c "\"$perr\" ingest --max-bytes 1000 - < $sample"
expect 0 "warning: no protocol structure found" -- "$perr" ingest --allow-empty "$tmp/main.c"
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
text = open("samples/004_5b84d36912402381.txt", encoding="utf-8").read()
shift = lambda c: chr((ord(c) - 97 + 3) % 26 + 97) if "a" <= c <= "z" else chr((ord(c) - 65 + 3) % 26 + 65) if "A" <= c <= "Z" else c
open(tmp + "/shifted.txt", "w", encoding="utf-8").write("".join(map(shift, text)))
deep = "Axe 1 : Emploi des habitants du quartier\n" + "".join(" " * i + "- une action de la ville pour le quartier\n" for i in range(10000))
open(tmp + "/deep.txt", "w", encoding="utf-8").write(deep)
line = "Axe 1 : Emploi\n- " + "une action de la ville pour les habitants du quartier " * 20000 + "\n"
open(tmp + "/longline.txt", "w", encoding="utf-8").write(line)
PY
expect 1 "text looks garbled" -- "$perr" ingest "$tmp/shifted.txt"
expect 0 "" -- timeout 20 "$perr" ingest "$tmp/deep.txt"
expect 0 "" -- timeout 20 "$perr" ingest "$tmp/longline.txt"

# Directories are expanded; parallel and serial runs write the same files.
mkdir "$tmp/par" "$tmp/ser"
expect 0 "" -- "$perr" ingest -q samples -o "$tmp/par" -j 4
expect 0 "" -- "$perr" ingest -q samples -o "$tmp/ser" -j 1
count=$((count + 1))
diff -r "$tmp/par" "$tmp/ser" >/dev/null && [ "$(ls "$tmp/par" | wc -l)" -eq "$(ls samples | wc -l)" ] \
  || { echo "FAIL: -j 4 and -j 1 differ, or files are missing"; fails=$((fails + 1)); }
expect 0 "perr ingest: $(ls samples | wc -l) files" -- "$perr" ingest samples -o "$tmp/par"

# perr stats: counts agree with the tree, in all three formats.
expect 0 "" -- "$perr" stats samples/000_116d8f1b544a73cf.txt
count=$((count + 1))
"$perr" stats -f json samples/000_116d8f1b544a73cf.txt | python3 -c '
import json, sys
r = json.load(sys.stdin)["files"][0]
assert r["counts"]["axe"] == 3 and r["counts"]["objectif_operationnel"] == 15, r
assert r["claims"] == [{"kind": "axe", "announced": 3, "counted": 3, "ok": True},
                       {"kind": "objectif_operationnel", "announced": 15, "counted": 15, "ok": True}], r' || { echo "FAIL: stats json"; fails=$((fails + 1)); }
count=$((count + 1))
[ "$("$perr" stats -f csv samples/* | python3 -c 'import csv,sys; print(len(list(csv.reader(sys.stdin, strict=True))))')" -ge 7 ] \
  || { echo "FAIL: stats csv"; fails=$((fails + 1)); }
expect 2 "error" -- "$perr" stats "$tmp/missing.txt"

# stdin, json, -o FILE, no temporary file left behind.
count=$((count + 1))
"$perr" ingest --format json - <"$sample" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["source"]["path"]=="-" and d["children"]' \
  || { echo "FAIL: stdin json"; fails=$((fails + 1)); }
expect 0 "" -- "$perr" ingest "$sample" -o "$tmp/one.yaml"
count=$((count + 1))
if [ ! -s "$tmp/one.yaml" ] || ls -a "$tmp" | grep -q '^\.one\.yaml\.'; then echo "FAIL: -o FILE"; fails=$((fails + 1)); fi

# The schema printed is the committed file; input files are never modified.
count=$((count + 1))
cmp -s <("$perr" schema) schema/perr.schema.json || { echo "FAIL: perr schema differs from schema/perr.schema.json"; fails=$((fails + 1)); }
count=$((count + 1))
before=$(sha256sum samples/* | sha256sum)
"$perr" ingest samples/* -o "$tmp/outdir" >/dev/null 2>&1
[ "$before" = "$(sha256sum samples/* | sha256sum)" ] || { echo "FAIL: samples changed"; fails=$((fails + 1)); }

echo "$((count - fails))/$count command checks passed"
[ $fails -eq 0 ]
