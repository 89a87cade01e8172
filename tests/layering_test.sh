#!/usr/bin/env bash
# The layers include downwards only: cli → diff → parsers → schema →
# utilities. A project include that points up (schema/ including parsers/,
# utilities/ including anything of perr) fails, with file and line.
#   tests/layering_test.sh SOURCE_DIR
set -u
root=${1:-.}
allowed() { # layer → the layers its files may include
  case $1 in
    utilities) echo "utilities" ;;
    schema) echo "schema utilities" ;;
    parsers) echo "parsers schema utilities" ;;
    diff) echo "diff parsers schema utilities" ;;
    cli) echo "cli diff parsers schema utilities" ;;
  esac
}
fails=0 checked=0
for layer in utilities schema parsers diff cli; do
  ok=" $(allowed "$layer") "
  while IFS=: read -r file line target; do
    checked=$((checked + 1))
    if [[ "$ok" != *" $target "* ]]; then
      echo "$file:$line: $layer/ includes $target/ (allowed: $(allowed "$layer"))"
      fails=$((fails + 1))
    fi
  done < <(grep -n -o -E '^#include "[a-z_]+/' "$root/$layer"/*.h "$root/$layer"/*.cpp 2>/dev/null |
           sed -E 's#^'"$root"'/##; s#:\#include "([a-z_]+)/$#:\1#')
done
echo "$checked project includes checked, $fails pointing up"
[ "$fails" -eq 0 ] && [ "$checked" -gt 100 ]
