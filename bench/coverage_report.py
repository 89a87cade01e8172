#!/usr/bin/env python3
"""Per-run line coverage of parsers/*.cpp (see bench/coverage_per_sample.sh).

  coverage_report.py extract ROOT < gcov-json-lines > run.tsv
      gcov --json-format --stdout output (one JSON document per line) to
      "L<TAB>file<TAB>line<TAB>count" and "F<TAB>file<TAB>start<TAB>end<TAB>name"
      rows, parsers/*.cpp only, paths relative to ROOT.
  coverage_report.py report ROOT RUNS_DIR [--single-sample-list FILE]
      RUNS_DIR/<kind>__<name>.tsv (kind sample or layout) plus unit.tsv and
      unit-all.tsv: prints the overall figures and per-file counts of
      (a) lines executed by one sample and by no other sample, no layout-set
          file and no unit test (the `unit` run);
      (b) lines executed by samples or layouts and by no unit test;
      (c) lines one document alone (sample or layout-set file) executes,
          whether or not a unit test does (rules tested only on its wording);
      and writes the lists, grouped by function, with source text.
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys


def in_scope(path):
    return re.fullmatch(r"parsers/[^/]+\.cpp", path) is not None


def extract(root):
    root = os.path.realpath(root)
    counts = collections.defaultdict(int)
    functions = set()
    for raw in sys.stdin:
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        doc = json.loads(raw)
        cwd = doc.get("current_working_directory", "")
        for f in doc.get("files", []):
            path = os.path.realpath(os.path.join(cwd, f["file"]))
            rel = os.path.relpath(path, root)
            if not in_scope(rel):
                continue
            for fn in f.get("functions", []):
                name = fn.get("demangled_name") or fn.get("name", "?")
                functions.add((rel, fn["start_line"], fn["end_line"], name))
            for ln in f.get("lines", []):
                # a line may be listed once per function instance: sum them
                counts[(rel, ln["line_number"])] += ln["count"]
    out = sys.stdout
    for (rel, line), count in sorted(counts.items()):
        out.write(f"L\t{rel}\t{line}\t{count}\n")
    for rel, start, end, name in sorted(functions):
        out.write(f"F\t{rel}\t{start}\t{end}\t{name}\n")


class Run:
    def __init__(self, path):
        self.executable = set()
        self.covered = set()
        self.functions = []
        with open(path, encoding="utf-8") as f:
            for row in f:
                cols = row.rstrip("\n").split("\t")
                if cols[0] == "L":
                    key = (cols[1], int(cols[2]))
                    self.executable.add(key)
                    if int(cols[3]) > 0:
                        self.covered.add(key)
                elif cols[0] == "F":
                    self.functions.append((cols[1], int(cols[2]), int(cols[3]), cols[4]))


def load_runs(runs_dir):
    samples, layouts = {}, {}
    for name in sorted(os.listdir(runs_dir)):
        if not name.endswith(".tsv"):
            continue
        stem = name[:-4]
        run = Run(os.path.join(runs_dir, name))
        if stem.startswith("sample__"):
            samples[stem[len("sample__"):]] = run
        elif stem.startswith("layout__"):
            layouts[stem[len("layout__"):]] = run
    unit = Run(os.path.join(runs_dir, "unit.tsv"))
    unit_all_path = os.path.join(runs_dir, "unit-all.tsv")
    unit_all = Run(unit_all_path) if os.path.exists(unit_all_path) else None
    return samples, layouts, unit, unit_all


def function_of(functions_by_file, rel, line):
    """Innermost function whose range holds the line (lambdas are separate)."""
    best = None
    for start, end, name in functions_by_file.get(rel, []):
        if start <= line <= end and (best is None or end - start < best[1] - best[0]):
            best = (start, end, name)
    return best[2] if best else "?"


def short_name(name):
    # drop the argument list and namespaces' noise: enough to find it again
    name = name.replace("(anonymous namespace)::", "")
    return re.sub(r"\(.*\)( const)?$", "", name)


def pct(part, whole):
    return f"{100.0 * part / whole:.1f} %" if whole else "n/a"


def report(root, runs_dir, single_sample_list, untested_list, one_document_list):
    samples, layouts, unit, unit_all = load_runs(runs_dir)
    every = list(samples.values()) + list(layouts.values()) + [unit]
    executable = set().union(*(r.executable for r in every))
    by_sample = {name: r.covered for name, r in samples.items()}
    any_sample = set().union(*by_sample.values()) if by_sample else set()
    any_layout = set().union(*(r.covered for r in layouts.values())) if layouts else set()

    single = {}  # line -> the one sample executing it
    for name, cov in by_sample.items():
        others = set().union(*(c for n, c in by_sample.items() if n != name))
        for key in cov - others - any_layout - unit.covered:
            single[key] = name
    untested = (any_sample | any_layout) - unit.covered
    # (c) one document alone among samples and layout-set files, unit tests aside
    by_document = dict(by_sample)
    by_document.update({"layout " + n: r.covered for n, r in layouts.items()})
    seen_once, seen_twice = set(), set()
    for cov in by_document.values():
        seen_twice |= seen_once & cov
        seen_once |= cov
    one_document = {}
    for name, cov in by_document.items():
        for key in cov - seen_twice:
            one_document[key] = name + (" +unit" if key in unit.covered else "")

    functions_by_file = collections.defaultdict(list)
    for r in every:
        for rel, start, end, name in r.functions:
            functions_by_file[rel].append((start, end, name))
    for rel in functions_by_file:
        functions_by_file[rel] = sorted(set(functions_by_file[rel]))

    n = len(executable)
    print(f"executable lines in parsers/*.cpp: {n} ({len(samples)} samples, "
          f"{len(layouts)} layout-set files)")
    print(f"covered by the unit tests alone (no sample ingested): "
          f"{len(unit.covered & executable)} = {pct(len(unit.covered & executable), n)}")
    if unit_all:
        c = len(unit_all.covered & executable)
        print(f"covered by all unit tests (samples ingested too): {c} = {pct(c, n)}")
    print(f"covered by the samples alone: {len(any_sample)} = {pct(len(any_sample), n)}")
    print(f"covered by the layout set alone: {len(any_layout)} = {pct(len(any_layout), n)}")
    print(f"(a) lines one sample alone executes: {len(single)}")
    print(f"(b) lines samples/layouts execute, no unit test: {len(untested)}")
    print(f"(c) lines one document alone executes (of {len(by_document)}; unit tests aside): "
          f"{len(one_document)}, {sum(1 for k in one_document if k in unit.covered)} "
          f"of them unit-tested")
    print()
    files = sorted({k[0] for k in executable})
    print(f"{'file':32} {'exec':>5} {'unit':>5} {'(a)':>4} {'(b)':>4} {'(c)':>4}")
    for rel in files:
        a = sum(1 for k in single if k[0] == rel)
        b = sum(1 for k in untested if k[0] == rel)
        c = sum(1 for k in one_document if k[0] == rel)
        ex = sum(1 for k in executable if k[0] == rel)
        u = sum(1 for k in unit.covered if k[0] == rel)
        if a or b or c:
            print(f"{rel:32} {ex:5} {u:5} {a:4} {b:4} {c:4}")

    if single_sample_list:
        write_lines(root, single, functions_by_file, single_sample_list,
                    "# parsers/ lines executed by one sample and by no other sample, no\n"
                    "# layout-set file and no unit test (bench/coverage_per_sample.sh)\n")
    if one_document_list:
        write_lines(root, one_document, functions_by_file, one_document_list,
                    "# parsers/ lines that one document alone executes among the samples and\n"
                    "# the layout-set files, unit tests aside ('+unit': a unit test does too)\n")
    if untested_list:
        who = {}
        for key in untested:
            names = [n for n, c in by_sample.items() if key in c]
            names += [n for n, r in layouts.items() if key in r.covered]
            who[key] = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "")
        write_lines(root, who, functions_by_file, untested_list,
                    "# parsers/ lines executed by samples or layout-set files and by no\n"
                    "# unit test (bench/coverage_per_sample.sh); [first input +others]\n")


def write_lines(root, lines_by_key, functions_by_file, path, header):
    """lines_by_key: (file, line) -> what executes it; grouped by function."""
    sources = {}
    groups = collections.defaultdict(list)
    for (rel, line), who in lines_by_key.items():
        fn = short_name(function_of(functions_by_file, rel, line))
        groups[(rel, fn, who)].append(line)
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + f"# {len(lines_by_key)} lines in {len(groups)} function groups\n")
        for (rel, fn, who), lines in sorted(groups.items(), key=lambda g: (g[0][0], min(g[1]))):
            if rel not in sources:
                with open(os.path.join(root, rel), encoding="utf-8") as f:
                    sources[rel] = f.read().split("\n")
            out.write(f"\n{rel} {fn} [{who}] {len(lines)} lines\n")
            for line in sorted(lines):
                out.write(f"  {rel}:{line}: {sources[rel][line - 1].strip()}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract")
    e.add_argument("root")
    r = sub.add_parser("report")
    r.add_argument("root")
    r.add_argument("runs_dir")
    r.add_argument("--single-sample-list", help="write list (a) here")
    r.add_argument("--untested-list", help="write list (b) here")
    r.add_argument("--one-document-list", help="write list (c) here")
    args = parser.parse_args()
    if args.command == "extract":
        extract(args.root)
    else:
        report(args.root, args.runs_dir, args.single_sample_list, args.untested_list,
               args.one_document_list)


if __name__ == "__main__":
    main()
