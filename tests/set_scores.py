#!/usr/bin/env python3
"""Scores perr on a set of documents whose gold outline is known, and fails
below a floor: the layout set (tests/layouts: the seeds' programmes in seven
layouts) and the converter routes (tests/routes: new programmes made into
Word and PDF files and read back by pdftotext, LibreOffice and pandoc).

usage: set_scores.py PERR DIR MEAN_FLOOR MIN_FLOOR
A file NAME.ROUTE.txt is scored against tests/gold/NAME.outline with
tests/gold/score.py. Prints one line per file, the mean per route, and the
overall mean and min; exits 1 when the mean or the min is below its floor.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def f1_of(perr, doc, gold, tmp):
    out = os.path.join(tmp, "r.json")
    with open(out, "wb") as fh:
        rc = subprocess.run([perr, "ingest", "--quiet", "--format", "json", doc], stdout=fh,
                            stderr=subprocess.DEVNULL, timeout=120).returncode
    if rc != 0:
        return 0.0
    res = subprocess.run([sys.executable, os.path.join(HERE, "gold", "score.py"), gold, out],
                         capture_output=True, text=True, check=False)
    for line in res.stdout.splitlines():
        if line.startswith("F1="):
            return float(line[3:])
    return 0.0


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 2
    perr, folder, mean_floor, min_floor = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    by_route, scores = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(folder)):
            doc, route = name.split(".", 1)[0], name.split(".", 1)[1].rsplit(".", 1)[0]
            f = f1_of(perr, os.path.join(folder, name), os.path.join(HERE, "gold", doc + ".outline"), tmp)
            print(f"{f:.3f}  {name}")
            by_route.setdefault(route, []).append(f)
            scores.append(f)
    for route, fs in sorted(by_route.items()):
        print(f"  {route:32s} mean {sum(fs) / len(fs):.3f}  min {min(fs):.3f}")
    mean = sum(scores) / len(scores)
    print(f"mean F1={mean:.3f} min={min(scores):.3f} over {len(scores)} "
          f"(floors: mean {mean_floor:.3f}, min {min_floor:.3f})")
    return 0 if mean >= mean_floor and min(scores) >= min_floor else 1


if __name__ == "__main__":
    sys.exit(main())
