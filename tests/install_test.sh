#!/usr/bin/env bash
# cmake --install puts the binary, the schema, the bash, zsh and fish
# completions, the gzipped man page and /usr/share/doc/perr (copyright,
# README) in place; the completions load; man renders the page; cpack
# builds a .deb that holds them all, with a stripped binary, at a size
# that has no place in a git repository's history (issue 13 item 16).
set -u
build=$1
flavour=${2:-normal}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || fail "cmake --install"
for f in bin/perr share/perr/perr.schema.json share/bash-completion/completions/perr \
         share/zsh/vendor-completions/_perr share/fish/vendor_completions.d/perr.fish \
         share/man/man1/perr.1.gz share/doc/perr/copyright share/doc/perr/README.md.gz; do
  [ -s "$tmp/prefix/$f" ] || fail "missing $f"
done
"$tmp/prefix/bin/perr" --version | grep -q "^perr .* (format 1)$" || fail "perr --version"
bash -c "source '$tmp/prefix/share/bash-completion/completions/perr' && complete -p perr" >/dev/null 2>&1 || fail "bash completion"
if command -v zsh >/dev/null; then zsh -n "$tmp/prefix/share/zsh/vendor-completions/_perr" || fail "zsh completion syntax"; fi
if command -v fish >/dev/null; then fish -n "$tmp/prefix/share/fish/vendor_completions.d/perr.fish" || fail "fish completion syntax"; fi
gzip -t "$tmp/prefix/share/man/man1/perr.1.gz" || fail "man page is not gzip"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/perr.1.gz" 2>&1 | grep -q "EXIT STATUS" || fail "man -l"
fi
zcat "$tmp/prefix/share/doc/perr/README.md.gz" | cmp -s - "$(dirname "$0")/../README.md" || fail "README.md.gz is not the README"
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  (cd "$build" && cpack -B "$tmp/pkg" >/dev/null 2>&1) || fail "cpack"
  deb=$(ls "$tmp"/pkg/*.deb 2>/dev/null | head -1)
  if [ -z "$deb" ]; then
    fail "no .deb"
  else
    dpkg-deb --contents "$deb" >"$tmp/contents"
    for f in usr/bin/perr usr/share/man/man1/perr.1.gz usr/share/doc/perr/copyright \
             usr/share/doc/perr/README.md.gz usr/share/fish/vendor_completions.d/perr.fish; do
      grep -q "\./$f\$" "$tmp/contents" || fail ".deb lacks $f"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libpoppler libzip libxml2; do  # the PDF, zip and XML readers' libraries
      [[ "$depends" == *"$lib"* ]] || fail ".deb does not depend on $lib: $depends"
    done
    dpkg-deb -x "$deb" "$tmp/root"
    readelf -S "$tmp/root/usr/bin/perr" | grep -q '\.debug_info' && fail ".deb binary is not stripped"
    size=$(stat -c %s "$deb")
    [ "$flavour" = sanitized ] || [ "$size" -lt 4000000 ] || fail ".deb is $size bytes (stripped, it should be about 1 MB)"
    echo ".deb: $size bytes"
  fi
fi
[ $fails -eq 0 ] && echo "install, completions, man page, doc and package: ok"
[ $fails -eq 0 ]
