#!/usr/bin/env bash
# Executable docs: every ```console block of README.md is run; its output
# must be what the README shows. Commands are written with build/perr.
set -u
perr=$1
status=0 n=0
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
echo "$n README example(s) checked"
[ $n -gt 0 ] && [ $status -eq 0 ]
