# Shared by the command tests (source it after setting $tmp, fails and count):
#   expect CODE STDERR_SUBSTRING -- COMMAND...   the exit code and a message
#   check WHAT COMMAND...                        a command that must succeed
expect() {
  local want=$1 msg=$2; shift 3
  count=$((count + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ $rc -ne "$want" ] || { [ -n "$msg" ] && ! grep -qF -- "$msg" "$tmp/err"; }; then
    echo "FAIL: $* -> exit $rc (want $want), stderr: $(head -c 300 "$tmp/err") (want '$msg')"
    fails=$((fails + 1))
  fi
}
check() {
  local what=$1; shift
  count=$((count + 1))
  "$@" || { echo "FAIL: $what"; fails=$((fails + 1)); }
}
