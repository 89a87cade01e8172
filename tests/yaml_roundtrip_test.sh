#!/usr/bin/env bash
# Issue 13, item 1: the YAML perr writes is read back by a second, independent
# reader -- PyYAML's yaml.safe_load (YAML 1.1 resolvers; with libyaml's C
# parser and with the pure-Python one) -- as exactly the data of its JSON
# twin. Inputs: every sample, the fuzz regression inputs, and generated
# documents (fixed seed) whose titles are built from YAML's troublemakers:
# indicators, "=", "<<", booleans, nulls, numbers, dates, C1 controls, NEL,
# U+2028/2029, a BOM, DEL, quotes and backslashes. HTML numeric references
# &#128;..&#159; must come out as HTML5 reads them (windows-1252).
set -u
perr=$1
python3 -c 'import yaml' 2>/dev/null || { echo "FAIL: python3-yaml is missing (make deps installs it)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in" "$tmp/out"

python3 - "$tmp/in" <<'PY'
import html, random, sys
out = sys.argv[1]
rng = random.Random(13)
tokens = ["=", "<<", "yes", "No", "ON", "off", "y", "~", "null", "true", "FALSE", "1", "1.5", "0x1F",
          "1e3", ".inf", "-", "?", ":", "- a", "a: b", "#", " #c", "&a", "*a", "!t", "|", ">", "%",
          "@", "`", "'", '"', "\\", "[", "]", "{", "}", ",", "2019-01-01", "12:30", "1_000", "+1",
          "é", "Œuvre", "’", "« x »", "\u0085", "\u0092", "\u0080", "\u009f", "\u2028", "\u2029",
          "\ufeff", "\U0001F600", "\t", "\x7f", "3^e", "quartier", "Emploi", "l'État"]
def title():
    return "".join(rng.choice(tokens) + rng.choice(["", " ", " ", ": "]) for _ in range(rng.randint(1, 4)))
for k in range(12):
    lines = ["Protocole du quartier " + str(k), "", "Axe 1 : =", "- <<", "Axe 2 : <<", "- ="]
    for i in range(3, 8):
        lines.append(f"Axe {i} : {title()}")
        lines += ["- " + title() for _ in range(5)]
    open(f"{out}/fuzz_{k:02d}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
def ref(c):
    return rng.choice([f"&#{ord(c)};", f"&#x{ord(c):x};", html.escape(c)])
for k in range(4):
    body = ["<html><body><h1>Protocole du quartier</h1>"]
    for i in range(1, 6):
        t = "".join(ref(chr(rng.randint(0x80, 0x9F))) + html.escape(title()) for _ in range(3))
        body.append(f"<h2>Axe {i} : {t}</h2><ul>")
        body += [f"<li>Objectif : {html.escape(title())}&#146;{ref(chr(rng.randint(0x80, 0x9F)))}</li>" for _ in range(4)]
        body.append("</ul>")
    open(f"{out}/page_{k:02d}.html", "w", encoding="utf-8").write("".join(body) + "</body></html>\n")
PY
cp samples/* "$tmp/in/"
# the converter outputs the layout and route scores use (pdftotext, LibreOffice,
# pandoc, HTML tables, markdown), the diff test versions and the fuzz seeds
# (tests/fuzz/seeds: the grown corpora under tests/fuzz/corpus hold thousands
# of files, too many for one process each)
for f in tests/layouts/* tests/routes/* tests/diff/* tests/fuzz/seeds/*/*; do
  [ -f "$f" ] && cp "$f" "$tmp/in/$(echo "${f#tests/}" | tr / _)"
done
for d in tests/fuzz/regressions/*/; do
  for f in "$d"*; do [ -f "$f" ] && cp "$f" "$tmp/in/regression_$(basename "$d")_$(basename "$f")"; done
done

n=0
for f in "$tmp"/in/*; do
  name=$(basename "$f")
  "$perr" ingest -q --allow-empty -f json "$f" -o "$tmp/out/$name.json" 2>/dev/null || continue
  "$perr" ingest -q --allow-empty "$f" -o "$tmp/out/$name.yaml" || { echo "FAIL: yaml of $name"; exit 1; }
  n=$((n + 1))
done

python3 - "$tmp/out" "$n" <<'PY'
import glob, json, os, sys, yaml
out, expected = sys.argv[1], int(sys.argv[2])
loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])
fails = strings = 0
c1 = {chr(c) for c in range(0x80, 0xA0)} - {"\x81", "\x8d", "\x8f", "\x90", "\x9d"}
def walk(v):
    if isinstance(v, dict): return sum(walk(x) for x in v.values())
    if isinstance(v, list): return sum(walk(x) for x in v)
    return 1 if isinstance(v, str) else 0
def titles(nodes):
    for n in nodes:
        yield n.get("title", "")
        yield from titles(n.get("children", []))
files = sorted(glob.glob(out + "/*.json"))
for path in files:
    name = os.path.basename(path)[:-5]
    want = json.load(open(path, encoding="utf-8"))
    text = open(path[:-5] + ".yaml", encoding="utf-8").read()
    for loader in loaders:
        try:
            got = yaml.load(text, Loader=loader)
        except yaml.YAMLError as e:
            print(f"FAIL: {name}: {loader.__name__} refuses the YAML: {e}".splitlines()[0]); fails += 1; continue
        if got != want:
            diff = [k for k in want if got.get(k) != want[k]]
            print(f"FAIL: {name}: {loader.__name__} reads other data (fields {diff})"); fails += 1
    strings += walk(want)
    if name.endswith(".html") and name.startswith("page_"):
        bad = [t for t in titles(want["children"]) if set(t) & c1]
        if bad: print(f"FAIL: {name}: C1 controls left in titles, e.g. {bad[0]!r}"); fails += 1
        if not any("’" in t for t in titles(want["children"])): print(f"FAIL: {name}: &#146; is not ’"); fails += 1
fuzz = [f for f in files if "fuzz_" in f]
eq = sum(t in ("=", "<<") for f in fuzz for t in titles(json.load(open(f, encoding="utf-8"))["children"]))
if len(files) != expected or len(fuzz) < 12 or eq < 24:
    print(f"FAIL: too little was checked ({len(files)} files, {len(fuzz)} generated, {eq} '='/'<<' titles)"); fails += 1
print(f"{len(files)} documents, {strings} strings: YAML read back by {', '.join(l.__name__ for l in loaders)} as its JSON twin; {fails} failure(s)")
sys.exit(1 if fails else 0)
PY
