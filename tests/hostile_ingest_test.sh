#!/usr/bin/env bash
# Hostile inputs and conditions for perr ingest (issue 15): encodings,
# special files, limits, interrupted and starved runs, write failures.
# Each case asserts the exit code, the message, the files left behind, and
# bounds on time and memory. Usage: hostile_ingest_test.sh PERR [sanitized]
set -u
perr=$1 sanitized=${2:-0}
tmp=$(mktemp -d); trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
. "$(dirname "$0")/bounded.sh"
sample=samples/000_116d8f1b544a73cf.txt

# As another user when run as root (root reads any folder and has no
# process limit): the cases about permissions and limits need one.
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)

python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
lines = ["Axe 1 : Développer l'économie des quartiers prioritaires"]
lines += ["- Améliorer l'accès à l'emploi et à la santé, numéro %d" % i for i in range(20)]
text = "\n".join(lines) + "\n"
b = text.encode()
at = b.index("numéro 12".encode())
open(tmp + "/damaged.txt", "wb").write(b[:at] + b"\xff\xfe\xfd\xfc\xfb\xfa\xf9" + b[at:])
open(tmp + "/utf32.txt", "wb").write(b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
open(tmp + "/utf7.html", "wb").write(b'<html><head><meta charset="utf-7"></head><body><h1>Axe 1 : Emploi des habitants du quartier +AAA- \xe9t\xe9</h1><ul><li>Action pour le quartier</li></ul></body></html>')
ogham = "\u1680" * 1200
open(tmp + "/ogham.txt", "w").write("Axe 1 : Emploi des habitants du quartier\nLe quartier et la ville.\n" + ("- Action" + ogham + "de la ville\n") * 300)
big = open("samples/004_5b84d36912402381.txt").read() * 40
import os
os.makedirs(tmp + "/big", exist_ok=True)
for i in range(12):
    open(tmp + "/big/b%02d.txt" % i, "w").write(big)
PY

# --- crashes: thread creation refused ----------------------------------------------
mkdir "$tmp/many" "$tmp/out-j"; chmod 777 "$tmp/out-j"
for i in $(seq 1 40); do cp "$sample" "$tmp/many/s$i.txt"; done
chmod -R a+rX "$tmp/many"
bounded jobs-200-process-limit 5 400 -- "${as_user[@]}" bash -c "ulimit -u 8; exec \"$perr\" ingest -j 200 \"$tmp/many\" -o \"$tmp/out-j\""
expect_rc jobs-200-process-limit 0
expect_err jobs-200-process-limit "40 written, 0 rejected, 0 failed"
[ "$(ls "$tmp/out-j" | wc -l)" -eq 40 ] || fail jobs-200-process-limit "$(ls "$tmp/out-j" | wc -l) of 40 outputs"

# --- silent loss: encodings and folders --------------------------------------------------
bounded damaged-utf8-run 1 100 -- "$perr" ingest -v "$tmp/damaged.txt"
expect_rc damaged-utf8-run 0
expect_err damaged-utf8-run "7 invalid byte sequence(s) replaced by U+FFFD"
expect_err damaged-utf8-run "ok (text, UTF-8,"
expect_out damaged-utf8-run "Améliorer l'accès à l'emploi et à la santé, numéro 19"

bounded utf32-bom 1 100 -- "$perr" ingest -v "$tmp/utf32.txt"
expect_rc utf32-bom 0
expect_err utf32-bom "ok (text, UTF-32LE,"
expect_out utf32-bom "title: Améliorer l'accès à l'emploi et à la santé, numéro 3"

bounded utf7-declared 1 100 -- "$perr" ingest "$tmp/utf7.html"
expect_rc utf7-declared 0
grep -q '\\0\|\\x00\|\\u0000' "$tmp/out" && fail utf7-declared "U+0000 in the output"
expect_out utf7-declared "+AAA- été"

# --- silent loss: HTML past libxml2's limits (256 levels, 10 MB text nodes) ------------------
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
head = "<html><body><h1>Protocole du contrat de ville</h1><h2>Axe 1 : Emploi des habitants</h2><ul><li>Former les jeunes du quartier</li></ul>"
tail = "<h2>Axe 2 : Logement des familles</h2><ul><li>Rénover les logements du quartier</li></ul></body></html>\n"
open(tmp + "/deep_div.html", "w").write(head + "<div>" * 300 + "<p>Un texte profond</p>" + "</div>" * 300 + tail)
open(tmp + "/deep_b.html", "w").write(head + "<p>" + "<b>" * 300 + "gras" + "</b>" * 300 + "</p>" + tail)
open(tmp + "/too_deep.html", "w").write(head + "\n<div>" + "<div>" * 5000 + "x" + "</div>" * 5001 + tail)
open(tmp + "/huge_node.html", "w").write(head + "<p>" + "x" * 11000000 + "</p>" + tail)
open(tmp + "/long.html", "w").write(head + "\n" + "<p>Texte de la ville</p>\n" * 70000 + tail)
cell = "<p>Axe 1 : Emploi des habitants</p> <p>" + "<b>" * 300 + "gras" + "</b>" * 300 + "</p> <p>Axe 2 : Logement des familles</p>"
open(tmp + "/deep_cell.txt", "w").write("Protocole du contrat de ville\n\n" + cell + "\t<ul><li>Rénover les logements du quartier</li></ul>\n")
PY
for f in deep_div deep_b; do
  bounded "html-$f" 2 150 -- "$perr" ingest "$tmp/$f.html"
  expect_rc "html-$f" 0
  expect_out "html-$f" "title: Logement des familles"
  expect_out "html-$f" "title: Rénover les logements du quartier"
done
bounded html-table-deep-cell 2 150 -- "$perr" ingest --layout html-table "$tmp/deep_cell.txt"
expect_rc html-table-deep-cell 0
expect_out html-table-deep-cell "Logement des familles"
bounded html-too-deep 2 150 -- "$perr" ingest "$tmp/too_deep.html" -o "$tmp/too_deep.yaml"
expect_rc html-too-deep 1
expect_err html-too-deep "too_deep.html: error: HTML nested deeper than 4096 levels at line 2: refused rather than read in part"
expect_empty html-too-deep "$tmp/too_deep.yaml"
bounded html-huge-text-node 3 400 -- "$perr" ingest -q "$tmp/huge_node.html"
expect_rc html-huge-text-node 0
expect_out html-huge-text-node "title: Logement des familles"
[ -s "$tmp/err" ] && fail html-huge-text-node "stderr with -q: $(head -c 200 "$tmp/err")"
bounded html-line-numbers 3 300 -- "$perr" ingest "$tmp/long.html"
expect_rc html-line-numbers 0
grep -A3 "title: Logement des familles" "$tmp/out" | grep -q "line: 70002" ||
  fail html-line-numbers "the line past 65,535 is not 70002: $(grep -A3 'title: Logement' "$tmp/out" | head -4)"

mkdir -p "$tmp/tree/ok" "$tmp/tree/locked" "$tmp/out-tree"; chmod 777 "$tmp/out-tree"
cp "$sample" "$tmp/tree/ok/x.txt"; cp "$sample" "$tmp/tree/locked/y.txt"
chmod -R a+rX "$tmp/tree"; chmod 700 "$tmp/tree/locked"
[ "$(id -u)" = 0 ] && chown -R root "$tmp/tree/locked"
bounded unreadable-subfolder 2 100 -- "${as_user[@]}" "$perr" ingest "$tmp/tree" -o "$tmp/out-tree"
expect_rc unreadable-subfolder 2
expect_err unreadable-subfolder "tree/locked: error: cannot open directory: Permission denied"
expect_err unreadable-subfolder "1 written, 0 rejected, 0 failed; 1 folder could not be read"
[ -s "$tmp/out-tree/ok/x.yaml" ] || fail unreadable-subfolder "the readable file was not written"

bounded batch-stream-unwritable 2 100 -- "$perr" ingest -f jsonl samples -o "$tmp/no/such/dir/all.jsonl"
expect_rc batch-stream-unwritable 2
expect_err batch-stream-unwritable "all.jsonl: error: cannot create temporary file: No such file or directory"
expect_err batch-stream-unwritable "0 written, 0 rejected, 6 failed"

# --- unbounded time and memory ---------------------------------------------------------------
bounded ogham-space-lines 2 150 -- "$perr" ingest -q "$tmp/ogham.txt"
expect_rc ogham-space-lines 0
expect_out ogham-space-lines "title: Action de la ville"

mkfifo "$tmp/fifo"
bounded ingest-fifo 1 60 -- "$perr" ingest "$tmp/fifo"
expect_rc ingest-fifo 2
expect_err ingest-fifo "fifo: error: not a regular file (a FIFO); to read a pipe, give '-'"
bounded ingest-dev-zero 1 60 -- "$perr" ingest /dev/zero -o "$tmp/zero.yaml"
expect_rc ingest-dev-zero 2
expect_err ingest-dev-zero "/dev/zero: error: not a regular file (a character device)"
expect_empty ingest-dev-zero "$tmp/zero.yaml"

bounded max-bytes-negative 1 60 -- "$perr" ingest --max-bytes -1 "$sample" -o "$tmp/neg.yaml"
expect_rc max-bytes-negative 2
expect_err max-bytes-negative "--max-bytes: expects a whole number of bytes (0 or more), not '-1'"
expect_empty max-bytes-negative "$tmp/neg.yaml"

# A signal while a batch writes: stop the run while a temporary output is
# on disk, send the signal, let it go on: nothing may stay behind. (A
# script's background job starts with SIGINT ignored: env restores it.)
for sig in TERM INT; do
  name=sig$sig-temporary-files
  count=$((count + 1))
  out=$tmp/out-$sig
  mkdir -p "$out"
  start=$(date +%s.%N) caught=0
  env --default-signal=INT "$perr" ingest -q -j 2 -f json "$tmp/big" -o "$out" 2>/dev/null &
  pid=$!
  for i in $(seq 1 3000); do
    kill -STOP "$pid" 2>/dev/null || break
    for j in $(seq 1 1000); do # until stopped (every thread: a group stop)
      case "$(awk '{print $3}' /proc/"$pid"/stat 2>/dev/null)" in T | t | "") break ;; esac
    done
    if compgen -G "$out/.*.??????" >/dev/null; then
      caught=1
      kill -"$sig" "$pid"
      kill -CONT "$pid"
      break
    fi
    kill -CONT "$pid"
  done
  wait "$pid"; rc=$?
  want=$(( 128 + $(kill -l "$sig") ))
  [ "$caught" = 1 ] || fail "$name" "never stopped the run while a temporary file existed"
  [ "$rc" -eq "$want" ] || fail "$name" "exit $rc, want $want (ended by SIG$sig)"
  left=$(ls -A "$out" | grep '^\.' | head -3)
  [ -z "$left" ] || fail "$name" "temporary files left behind: $left"
  awk -v s="$start" -v e="$(date +%s.%N)" -v k="$time_scale" 'BEGIN { exit !(e - s <= 10 * k) }' ||
    fail "$name" "took more than $((10 * time_scale)) s"
done

long=$(printf 'x%.0s' $(seq 1 245)).txt
mkdir "$tmp/long-out"; cp "$sample" "$tmp/$long"
bounded long-input-name 1 100 -- "$perr" ingest "$tmp/$long" -o "$tmp/long-out/"
expect_rc long-input-name 0
[ -s "$tmp/long-out/${long%.txt}.yaml" ] || fail long-input-name "output not written"
expect_empty long-input-name "$tmp/long-out/.${long%.txt}.yaml"

# --- smaller ---------------------------------------------------------------------------------
bounded umask-honoured 1 100 -- sh -c "umask 027; exec \"$perr\" ingest \"$sample\" -o \"$tmp/masked.yaml\""
expect_rc umask-honoured 0
[ "$(stat -c %a "$tmp/masked.yaml")" = 640 ] || fail umask-honoured "mode $(stat -c %a "$tmp/masked.yaml"), want 640"

esc=$(printf '\033]0;owned\007')
: >"$tmp/$esc.txt"
bounded control-characters-in-names 1 60 -- "$perr" ingest "$tmp/$esc.txt"
expect_rc control-characters-in-names 1
grep -q $'\033' "$tmp/err" && fail control-characters-in-names "raw ESC echoed"
expect_err control-characters-in-names '\x1B]0;owned\x07.txt: error: empty file'

bounded ingest-dev-full 1 100 -- sh -c "\"$perr\" ingest \"$sample\" > /dev/full"
expect_rc ingest-dev-full 2
expect_err ingest-dev-full "standard output: error: cannot write: No space left on device"

report
