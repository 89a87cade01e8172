#!/usr/bin/env bash
# Executable docs: README.md renders as CommonMark (cmark, the reference
# implementation) with every code fence closed -- an unclosed fence turns
# the rest of the page into code (issue 13 item 8) -- and every ```console
# block is run: its output must be what the README shows. Commands are
# written with build/perr.
set -u
perr=$1
status=0 n=0
command -v cmark >/dev/null || { echo "FAIL: cmark is missing (make test-deps installs it)"; exit 1; }
cmark --sourcepos -t xml README.md | python3 -c '
import re, sys, xml.etree.ElementTree as ET
lines = open("README.md", encoding="utf-8").read().split("\n")
ns = "{http://commonmark.org/xml/1.0}"
bad = 0
blocks = ET.fromstring(sys.stdin.read()).iter(ns + "code_block")
for b in blocks:
    first, last = (int(p.split(":")[0]) for p in b.get("sourcepos").split("-"))
    opening = re.match(r" {0,3}(`{3,}|~{3,})", lines[first - 1])
    if not opening:
        continue  # an indented code block
    closing = re.match(r" {0,3}(`{3,}|~{3,})\s*$", lines[last - 1])
    if last == first or not closing or closing.group(1)[0] != opening.group(1)[0] or len(closing.group(1)) < len(opening.group(1)):
        print(f"README.md:{first}: code fence never closed (the block runs to line {last})")
        bad += 1
sys.exit(1 if bad else 0)
' || status=1
# Every file the README names is in the repository: links resolve, and no
# path climbs out of it ("../shared/spec/..." once pointed nowhere a reader
# of the repository can follow).
python3 - <<'PY' || status=1
import os, re, sys
text = open("README.md", encoding="utf-8").read()
bad = 0
for number, line in enumerate(text.split("\n"), 1):
    for target in re.findall(r"\]\(([^)\s]+)\)", line):
        if re.match(r"[a-z]+:|#", target):
            continue  # a URL or an anchor
        if not os.path.exists(target.split("#")[0]):
            print(f"README.md:{number}: link to {target}, not in the repository"); bad += 1
    for path in re.findall(r"(?<![\w.])\.\./[\w./-]+", line):
        print(f"README.md:{number}: {path} is outside the repository"); bad += 1
sys.exit(1 if bad else 0)
PY
dir=$(dirname "$perr")
while IFS= read -r -d '' block; do
  cmd=$(printf '%s\n' "$block" | sed -n '1s/^\$ //p')
  want=$(printf '%s\n' "$block" | sed '1d')
  got=$(bash -c "${cmd//build\/perr/$perr}" 2>&1)
  n=$((n + 1))
  if [ "$got" != "$want" ]; then
    echo "README example differs: $cmd"; diff <(printf '%s\n' "$want") <(printf '%s\n' "$got"); status=1
  fi
done < <(python3 - <<'PY'
import re, sys
text = open("README.md", encoding="utf-8").read()
for m in re.finditer(r"```console\n(.*?)```", text, re.S):
    sys.stdout.write(m.group(1).rstrip("\n") + "\0")
PY
)
echo "$n README example(s) checked; fences checked with cmark"
[ $n -gt 0 ] && [ $status -eq 0 ]
