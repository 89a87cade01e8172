#!/usr/bin/env bash
# Command tests: exit codes, messages and files of the perr CLI.
set -u
perr=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0

# expect CODE STDERR_SUBSTRING -- COMMAND...
expect() {
  local want=$1 msg=$2; shift 3
  count=$((count + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ $rc -ne "$want" ] || { [ -n "$msg" ] && ! grep -qF -- "$msg" "$tmp/err"; }; then
    echo "FAIL: $* -> exit $rc (want $want), stderr: $(head -c 300 "$tmp/err") (want '$msg')"
    fails=$((fails + 1))
  fi
}

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
mkdir "$tmp/a" "$tmp/b"; cp "$sample" "$tmp/a/x.txt"; cp "$sample" "$tmp/b/x.txt"
expect 2 "would both write" -- "$perr" ingest "$tmp/a/x.txt" "$tmp/b/x.txt" -o "$tmp/outdir"

# One bad file in a batch: the others are written, the exit code says so.
expect 1 "main.c: error" -- "$perr" ingest "$sample" "$tmp/main.c" samples/003_86930dd02f22fd9b.txt -o "$tmp/outdir"
count=$((count + 1))
if [ ! -s "$tmp/outdir/000_116d8f1b544a73cf.yaml" ] || [ ! -s "$tmp/outdir/003_86930dd02f22fd9b.yaml" ] || [ -e "$tmp/outdir/main.yaml" ]; then
  echo "FAIL: batch outputs: $(ls "$tmp/outdir")"; fails=$((fails + 1))
fi

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
