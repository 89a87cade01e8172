# Shared by the hostile-input command tests: run a command under a time
# and memory bound, then check its exit code, its message and what it left.
# Source it after setting: perr (binary), tmp (scratch dir), sanitized (0|1).
#
#   bounded NAME SECONDS MEGABYTES -- COMMAND...
#       runs COMMAND (stdout: $tmp/out, stderr: $tmp/err), killed after
#       3 x SECONDS; sets rc, elapsed (s) and rss (MB); fails NAME when it
#       took longer than SECONDS or more than MEGABYTES of RSS. Under the
#       sanitizers the bounds are scaled (ASan is ~3x slower, its shadow
#       memory large) and no virtual-memory ulimit is set (ASan reserves
#       terabytes of address space).
#   expect_rc NAME WANT            expect_err NAME SUBSTRING
#   expect_no_err NAME SUBSTRING   expect_out NAME SUBSTRING
#   expect_empty NAME PATH...      (files that must not exist / dirs that must be empty)
#   report                         (summary line; exit status of the script)
fails=0 count=0
time_scale=1 rss_scale=1 rss_extra=0
if [ "${sanitized:-0}" = 1 ]; then time_scale=5 rss_scale=3 rss_extra=300; fi

fail() { echo "FAIL [$1]: $2"; fails=$((fails + 1)); }

bounded() {
  local name=$1 secs=$2 mb=$3; shift 4
  count=$((count + 1))
  local limit_s limit_mb kill_after
  limit_s=$(awk -v s="$secs" -v k="$time_scale" 'BEGIN { print s * k }')
  limit_mb=$((mb * rss_scale + rss_extra))
  kill_after=$(awk -v s="$limit_s" 'BEGIN { print int(s * 3 + 1) }')
  (
    # Outside ASan a virtual-memory cap stops a runaway before it hurts
    # the machine (today's main grows until the OOM killer on /dev/zero).
    [ "${sanitized:-0}" = 1 ] || ulimit -v $(( (limit_mb + 1024) * 1024 ))
    exec /usr/bin/time -f "%e %M" -o "$tmp/time" timeout -s KILL "$kill_after" "$@"
  ) >"$tmp/out" 2>"$tmp/err"
  rc=$?
  elapsed=$(awk 'END { print $1 }' "$tmp/time" 2>/dev/null)
  rss=$(awk 'END { print int($2 / 1024) }' "$tmp/time" 2>/dev/null)
  elapsed=${elapsed:-999} rss=${rss:-999999}
  awk -v e="$elapsed" -v l="$limit_s" 'BEGIN { exit !(e <= l) }' ||
    fail "$name" "took ${elapsed} s (bound ${limit_s} s), exit $rc"
  [ "$rss" -le "$limit_mb" ] || fail "$name" "used ${rss} MB (bound ${limit_mb} MB)"
  grep -q "runtime error:\|AddressSanitizer\|LeakSanitizer" "$tmp/err" &&
    fail "$name" "sanitizer report: $(grep -m1 'runtime error:\|Sanitizer' "$tmp/err")"
  return 0
}

expect_rc() {
  [ "$rc" -eq "$2" ] || fail "$1" "exit $rc, want $2; stderr: $(head -c 300 "$tmp/err")"
}
expect_err() {
  grep -qF -- "$2" "$tmp/err" || fail "$1" "stderr lacks '$2': $(head -c 300 "$tmp/err")"
}
expect_no_err() {
  ! grep -qF -- "$2" "$tmp/err" || fail "$1" "stderr has '$2': $(head -c 300 "$tmp/err")"
}
expect_out() {
  grep -qF -- "$2" "$tmp/out" || fail "$1" "stdout lacks '$2': $(head -c 300 "$tmp/out")"
}
expect_empty() {
  local name=$1 p; shift
  for p in "$@"; do
    if [ -d "$p" ]; then
      [ -z "$(ls -A "$p")" ] || fail "$name" "$p is not empty: $(ls -A "$p" | head -5 | tr '\n' ' ')"
    elif [ -e "$p" ]; then
      fail "$name" "$p was written"
    fi
  done
}
report() {
  echo "$((count - fails))/$count checks passed"
  [ $fails -eq 0 ]
}
