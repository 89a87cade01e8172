#!/usr/bin/env bash
# Issue 13 item 14: completions complete option values and are not shadowed
# by folders named like subcommands; zsh gets options with arguments and
# short flags; fish has a completion; the man page gives each option's
# values and default, the exit status of every subcommand, ENVIRONMENT and
# validate's rules; TERM=dumb turns colour off.
set -u
perr=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 count=0
check() { # name command...
  local name=$1; shift
  count=$((count + 1))
  "$@" || { echo "FAIL: $name"; fails=$((fails + 1)); }
}

"$perr" completion bash >"$tmp/perr.bash"
mkdir -p "$tmp/cwd/diff" "$tmp/cwd/ingest"
cd "$tmp/cwd"
bash_complete() { # words... -> the completions offered for the last word
  bash -c 'source "$0"; COMP_WORDS=("${@}"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _perr; printf "%s\n" "${COMPREPLY[@]}"' "$tmp/perr.bash" "$@" | sort | tr '\n' ' '
}
check "bash: --format values" [ "$(bash_complete perr ingest --format '')" = "csv json jsonl markdown yaml " ]
check "bash: -f j" [ "$(bash_complete perr ingest -f j)" = "json jsonl " ]
check "bash: stats --format" [ "$(bash_complete perr stats --format '')" = "csv json text " ]
check "bash: completion SHELL" [ "$(bash_complete perr completion '')" = "bash fish zsh " ]
check "bash: subcommands, not folders" [ "$(bash_complete perr di)" = "diff " ]
check "bash: no global -o filenames (a folder named diff would shadow the subcommand)" \
  bash -c "source '$tmp/perr.bash'; ! complete -p perr | grep -q filenames"
check "bash: files after a subcommand" [ "$(bash_complete perr ingest in)" = "ingest " ]
check "bash: options" [ "$(bash_complete perr ingest --for)" = "--format " ]
cd "$src"

if command -v zsh >/dev/null; then
  "$perr" completion zsh >"$tmp/_perr"
  check "zsh: syntax" zsh -n "$tmp/_perr"
  check "zsh: -f/--format with its values" grep -qF "'(-f --format)'{-f,--format}'[" "$tmp/_perr"
  check "zsh: format values" grep -qF ':format:(yaml json jsonl csv markdown)' "$tmp/_perr"
  check "zsh: short flags" grep -qF "'(-q --quiet)'{-q,--quiet}" "$tmp/_perr"
  check "zsh: -o takes a file" grep -qE "\{-o,--output\}'\[[^]]*\]:OUTPUT:_files'" "$tmp/_perr"
else
  echo "zsh not installed: zsh checks skipped"
fi

if command -v fish >/dev/null; then
  "$perr" completion fish >"$tmp/perr.fish"
  fish_complete() { fish -c "source '$tmp/perr.fish'; complete -C '$1'" | cut -f1 | sort | tr '\n' ' '; }
  check "fish: syntax" fish -n "$tmp/perr.fish"
  check "fish: --format values" [ "$(fish_complete 'perr ingest --format ')" = "csv json jsonl markdown yaml " ]
  check "fish: subcommands" [ "$(cd "$tmp/cwd" && fish_complete 'perr di')" = "diff " ]
  check "fish: diff --color" [ "$(fish_complete 'perr diff --color ')" = "always auto never " ]
else
  echo "fish not installed: fish checks skipped"
fi

"$perr" man >"$tmp/perr.1"
man_text() { MANWIDTH=200 man -l "$tmp/perr.1" 2>/dev/null; }
if command -v man >/dev/null; then
  man_text >"$tmp/man.txt"
  for section in SYNOPSIS "EXIT STATUS" ENVIRONMENT "VALIDATION RULES"; do
    check "man: $section" grep -q "^$section" "$tmp/man.txt"
  done
  for cmd in ingest validate diff stats schema completion man; do
    check "man: exit status of $cmd" grep -A1 "^       perr $cmd\$" "$tmp/man.txt" | grep -q "0 "
  done
  # EXIT STATUS names the refusals of README's tables (issue 15)
  for refusal in "not a regular file" "over --max-bytes" "HTML nested deeper than 4096 levels" \
      "nesting deeper than 512 levels" "a duplicate key" "an alias bomb" "out of memory"; do
    check "man: exit status names '$refusal'" \
      bash -c "sed -n '/^EXIT STATUS/,/^ENVIRONMENT/p' '$tmp/man.txt' | tr -s ' \n' '  ' | grep -qF -- '$refusal'"
  done
  check "man: values and default of ingest -f" grep -q "One of: yaml, json, jsonl, csv, markdown. Default: yaml." "$tmp/man.txt"
  check "man: NO_COLOR" grep -q "^       NO_COLOR" "$tmp/man.txt"
  check "man: TERM" grep -q "^       TERM" "$tmp/man.txt"
  check "man: PERR109" grep -q "PERR109" "$tmp/man.txt"
fi

# Colour: on a terminal by default, never with TERM=dumb (or NO_COLOR).
if command -v script >/dev/null; then
  diff_cmd="'$perr' diff samples/004_5b84d36912402381.txt tests/diff/004_v2_four_edits.txt"
  TERM=xterm script -qec "$diff_cmd" /dev/null >"$tmp/xterm.txt" 2>&1
  TERM=dumb script -qec "$diff_cmd" /dev/null >"$tmp/dumb.txt" 2>&1
  check "colour on an xterm" grep -q $'\033\\[' "$tmp/xterm.txt"
  check "no colour with TERM=dumb" bash -c "! grep -q \$'\\033\\[' '$tmp/dumb.txt'"
fi
echo "$((count - fails))/$count completion, man page and terminal checks passed"
[ $fails -eq 0 ]
