#!/usr/bin/env python3
"""A small PDF producer of its own, so perr's PDF reader is not fitted to
LibreOffice's output alone: standard Type 1 fonts (Helvetica, ZapfDingbats for arrows; not embedded,
WinAnsiEncoding), text placed line by line with Td/Tj, no tagging.

usage: md_to_pdf.py IN.md OUT.pdf [--header TEXT] [--page-numbers]
       md_to_pdf.py --blank N OUT.pdf        N pages with one line each
       md_to_pdf.py --no-text OUT.pdf        two pages of drawn boxes, no text (a "scan")

IN.md: '#'..'####' headings (bigger, bold), '**…**' bold lines, '- ' items
nested by two spaces, other lines paragraphs; long lines are wrapped at the
text width, items with a hanging indent. --header writes a running header on
every page, --page-numbers 'Page N' at the bottom.
"""
import sys
import unicodedata

W, H, LEFT, RIGHT, TOP, BOTTOM = 595, 842, 72, 523, 770, 80
SIZES = {1: 20, 2: 16, 3: 13, 4: 12}


# Helvetica and Helvetica-Bold advance widths (Adobe's AFM files, 1/1000 em),
# so lines wrap where a real producer would wrap them: at the margin.
REGULAR = dict(zip("abcdefghijklmnopqrstuvwxyz",
                   [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
                    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))
REGULAR.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
                    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]))
REGULAR.update({" ": 278, ".": 278, ",": 278, ":": 278, ";": 278, "'": 191, "(": 333, ")": 333,
                "-": 333, "%": 889, "«": 556, "»": 556, "–": 556, "€": 556, "/": 278})
BOLD = dict(zip("abcdefghijklmnopqrstuvwxyz",
                [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611,
                 611, 389, 556, 333, 611, 556, 778, 556, 556, 500]))
BOLD.update({c: w for c, w in REGULAR.items() if c.isupper()})
BOLD.update({" ": 278, ".": 278, ",": 278, ":": 333, ";": 333, "'": 238, "(": 333, ")": 333,
             "-": 333, "%": 889, "«": 556, "»": 556, "–": 556, "€": 556, "/": 278})


def width(text, size, bold):
    table = BOLD if bold else REGULAR
    total = 0
    for ch in text.replace("’", "'"):  # as enc() writes it
        base = unicodedata.normalize("NFD", ch)[0]
        total += table.get(ch, table.get(base, 556))
    return total * size / 1000


def enc(text):
    b = text.replace("’", "'").encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text, size, bold, avail):
    lines, cur = [], ""
    for word in text.split():
        cand = (cur + " " + word).strip()
        if cur and width(cand, size, bold) > avail:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def blocks(md):
    for raw in md.splitlines():
        s = raw.strip()
        if not s:
            continue
        if s.startswith("#"):
            level = len(s) - len(s.lstrip("#"))
            yield ("h", min(level, 4), s.lstrip("#").strip())
        elif s.startswith("- ") or s.startswith("* "):
            depth = (len(raw) - len(raw.lstrip(" "))) // 2
            yield ("li", depth, s[2:].strip())
        elif s.startswith("**") and s.endswith("**"):
            yield ("b", 0, s.strip("*").strip())
        else:
            yield ("p", 0, s.replace("**", ""))


class Doc:
    def __init__(self, header=None, numbers=False):
        self.pages, self.ops, self.y = [], [], TOP
        self.header, self.numbers = header, numbers

    def text(self, x, y, s, size, bold):
        if s.startswith("➔ "):  # ZapfDingbats' a161 (code 0xD5) is U+2794
            self.ops.append(b"BT /F3 %d Tf %.2f %.2f Td (\325) Tj ET" % (size, x, y))
            x, s = x + size * 1.2, s[2:]
        self.ops.append(b"BT /%s %d Tf %.2f %.2f Td (%s) Tj ET" %
                        (b"F2" if bold else b"F1", size, x, y, enc(s)))

    def new_page(self):
        if self.ops:
            self.finish_page()
        self.ops, self.y = [], TOP
        if self.header:
            self.text(LEFT, H - 40, self.header, 9, False)

    def finish_page(self):
        if self.numbers:
            self.text(W / 2 - 15, 40, "Page %d" % (len(self.pages) + 1), 9, False)
        self.pages.append(b"\n".join(self.ops))
        self.ops = []

    def line(self, x, s, size, bold, gap_before=0):
        self.y -= gap_before + size * 1.25
        if self.y < BOTTOM:
            self.new_page()
            self.y -= size * 1.25
        self.text(x, self.y, s, size, bold)

    def block(self, kind, level, text):
        if kind == "h":
            size = SIZES[level]
            for i, l in enumerate(wrap(text, size, True, RIGHT - LEFT)):
                self.line(LEFT, l, size, True, size * 0.8 if i == 0 else 0)
        elif kind == "li":
            x = LEFT + 18 + 20 * level
            for i, l in enumerate(wrap(text, 11, False, RIGHT - x - 14)):
                self.line(x + 14, l, 11, False, 2 if i == 0 else 0)
                if i == 0:
                    self.text(x, self.y, "\u2022" if level == 0 else "\u2013", 11, False)
        else:
            bold = kind == "b"
            for i, l in enumerate(wrap(text, 11, bold, RIGHT - LEFT)):
                self.line(LEFT, l, 11, bold, 6 if i == 0 else 0)


def write_pdf(pages, out):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>"]
    kids = []
    for content in pages:
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>" % (W, H, len(objs)))
        kids.append(b"%d 0 R" % len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    data, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        data += b"%010d 00000 n \n" % off
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(out, "wb") as fh:
        fh.write(data)


def main(argv):
    if len(argv) >= 3 and argv[0] == "--blank":
        n = int(argv[1])
        write_pdf([b"BT /F1 11 Tf 72 770 Td (Page %d) Tj ET" % (i + 1) for i in range(n)], argv[2])
        return 0
    if len(argv) >= 2 and argv[0] == "--no-text":
        box = b"0.5 g 72 100 451 650 re f 0 g 100 700 200 20 re f"
        write_pdf([box, box], argv[1])
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    header = argv[argv.index("--header") + 1] if "--header" in argv else None
    doc = Doc(header, "--page-numbers" in argv)
    doc.new_page()
    with open(argv[0], encoding="utf-8") as fh:
        for b in blocks(fh.read()):
            doc.block(*b)
    doc.finish_page()
    write_pdf(doc.pages, argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
