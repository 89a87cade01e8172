#!/usr/bin/env bash
# cmake --install puts the binary, the schema, the bash and zsh completions
# and the man page in place; the completions load in bash; man renders the
# page; cpack builds a .deb that holds them all.
set -u
build=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || fail "cmake --install"
for f in bin/perr share/perr/perr.schema.json share/bash-completion/completions/perr \
         share/zsh/vendor-completions/_perr share/man/man1/perr.1; do
  [ -s "$tmp/prefix/$f" ] || fail "missing $f"
done
"$tmp/prefix/bin/perr" --version | grep -q "^perr .* (format 1)$" || fail "perr --version"
bash -c "source '$tmp/prefix/share/bash-completion/completions/perr' && complete -p perr" >/dev/null 2>&1 || fail "bash completion"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/perr.1" 2>&1 | grep -q "EXIT STATUS" || fail "man -l"
fi
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  (cd "$build" && cpack -B "$tmp/pkg" >/dev/null 2>&1) || fail "cpack"
  deb=$(ls "$tmp"/pkg/*.deb 2>/dev/null | head -1)
  [ -n "$deb" ] && dpkg-deb --contents "$deb" 2>/dev/null | grep "usr/bin/perr" >/dev/null || fail ".deb contents"
fi
[ $fails -eq 0 ] && echo "install, completions, man page and package: ok"
[ $fails -eq 0 ]
