#!/usr/bin/env python3
"""Direct ingest of office files (PDF, DOCX, ODT) against the converted-text
routes of the same files: the figures of BENCHMARKS.md's "Reading PDF, Word
and OpenDocument files".

usage: office_vs_routes.py PERR [CORPUS]   (CORPUS defaults to /work/corpus)

CORPUS/office/NAME.VARIANT.EXT is ingested as it is and scored against its gold
(CORPUS/gold/NAME.outline, or /work/shared/gold/NAME.outline for the seeds)
with /work/shared/tools/score.py; the converter outputs made from that same
file (CORPUS/routes/NAME.ROUTE.txt, see CORPUS/README.md) are scored too.
Prints one line per file (direct F1, best route F1 and its route), then the
means per format and per set (html-doc renders of the seeds, 000-004; unseen
programmes, c01-c13).
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from set_scores import f1_of as f1  # noqa: E402  (ingest, then tests/gold/score.py)

SHARED_GOLD = "/work/shared/gold"

# office file variant -> the routes that start from that very file
ROUTES = {
    "pdf": ["lo-pdf.pdftotext", "lo-pdf.pdftotext-layout"],
    "ol.pdf": ["lo-ol-pdf.pdftotext", "lo-ol-pdf.pdftotext-layout"],
    "hf.pdf": ["lo-hf-pdf.pdftotext", "lo-hf-pdf.pdftotext-layout"],
    "pandoc.pdf": ["pandoc-docx.lo-pdf.pdftotext", "pandoc-docx.lo-pdf.pdftotext-layout"],
    "docx": ["lo-docx.lo-txt", "lo-docx.lo-html", "lo-docx.pandoc-md", "lo-docx.pandoc-plain"],
    "ol.docx": ["lo-ol-docx.lo-txt", "lo-ol-docx.lo-html"],
    "pandoc.docx": ["pandoc-docx.lo-txt", "pandoc-docx.lo-html", "pandoc-docx.pandoc-md",
                    "pandoc-docx.pandoc-plain"],
    "odt": ["lo-odt.lo-html", "lo-odt.pandoc-md", "lo-odt.pandoc-plain"],
    "hf.odt": [],  # no route reads the .hf.odt itself
}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    perr = os.path.abspath(sys.argv[1])
    corpus = sys.argv[2] if len(sys.argv) > 2 else "/work/corpus"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted(os.listdir(os.path.join(corpus, "office"))):
            name, _, variant = f.partition(".")
            gold = os.path.join(corpus, "gold", name + ".outline")
            if not os.path.exists(gold):
                gold = os.path.join(SHARED_GOLD, name + ".outline")
            direct = f1(perr, os.path.join(corpus, "office", f), gold, tmp)
            best, best_route = None, ""
            for r in ROUTES.get(variant, []):
                p = os.path.join(corpus, "routes", f"{name}.{r}.txt")
                if os.path.exists(p):
                    s = f1(perr, p, gold, tmp)
                    if best is None or s > best:
                        best, best_route = s, r
            rows.append((name, variant, direct, best, best_route))
            b = "  -  " if best is None else f"{best:.3f}"
            print(f"{direct:.3f}  best route {b} {best_route:36s} {f}")
    def summary(label, sel):
        if not sel:
            return
        d = sum(r[2] for r in sel) / len(sel)
        withr = [r for r in sel if r[3] is not None]
        br = sum(r[3] for r in withr) / len(withr) if withr else float("nan")
        worse = sum(1 for r in withr if r[2] < r[3] - 1e-9)
        print(f"{label:28s} direct mean {d:.3f} min {min(r[2] for r in sel):.3f} n={len(sel):3d} | "
              f"best-route mean {br:.3f}; direct below best route on {worse}")
    print()
    for fmt in ("pdf", "docx", "odt"):
        for setname, pred in (("seeds", lambda n: n[0].isdigit()), ("unseen", lambda n: n.startswith("c"))):
            summary(f"{setname} .{fmt}", [r for r in rows if r[1].endswith(fmt) and pred(r[0])])
    for setname, pred in (("seeds", lambda n: n[0].isdigit()), ("unseen", lambda n: n.startswith("c"))):
        summary(f"{setname} all", [r for r in rows if pred(r[0])])
    for v in ROUTES:
        summary(f"  variant {v}", [r for r in rows if r[1] == v])
    return 0


if __name__ == "__main__":
    sys.exit(main())
