#include "parsers/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "parsers/line_lexer.h"
#include "parsers/page_furniture.h"
#include "parsers/reassemble.h"
#include "utilities/text.h"

namespace perr {
namespace {

constexpr double kBand = 0.12;        // top and bottom share of a page where furniture stands
constexpr std::size_t kEdgeLines = 3; // lines looked at in each band
constexpr std::size_t kMaxHeadingChars = 400;

std::string line_text(const PdfLine& l) {
    return l.glyph.empty() ? l.text : l.glyph + " " + l.text;
}

// Indices of the lines that stand in the page's top or bottom band.
std::vector<std::size_t> edge_lines(const PdfPage& page) {
    std::vector<std::size_t> out;
    const std::size_t n = page.lines.size();
    for (std::size_t i = 0; i < n && i < kEdgeLines; ++i)
        if (page.lines[i].bottom <= page.height * kBand) out.push_back(i);
    for (std::size_t i = n > kEdgeLines ? n - kEdgeLines : 0; i < n; ++i)
        if (page.lines[i].top >= page.height * (1 - kBand) &&
            std::find(out.begin(), out.end(), i) == out.end())
            out.push_back(i);
    return out;
}

struct Style {
    double size;
    bool bold;
    bool italic;
    bool other_family = false; // not the body text's font family (headings in a sans font)
    auto key() const { return std::make_tuple(-size, other_family, bold, italic); }
    bool operator<(const Style& o) const { return key() < o.key(); }
};

bool mostly(std::size_t part, std::size_t whole) {
    return whole > 0 && part * 10 >= whole * 9;
}

Style style_of(const PdfLine& l) {
    return {std::round(l.size * 2) / 2, mostly(l.bold_chars, l.chars),
            mostly(l.italic_chars, l.chars)};
}

bool same_style(const PdfLine& a, const PdfLine& b) {
    Style sa = style_of(a), sb = style_of(b);
    return std::abs(sa.size - sb.size) < 0.6 && sa.bold == sb.bold;
}

// A paragraph being built from lines.
struct Block {
    std::vector<const PdfLine*> lines;
    std::string text; // joined, hyphenation undone; the glyph apart
    double text_x = 0;
    double right = 0; // the page's right text edge at the block's last line
    bool numbered = false;
};

bool starts_numbered(const PdfLine& l) {
    Paragraph probe;
    TextStore unused; // the probe's text is not read
    lex_body(l.text, probe, unused);
    return !probe.numbering().text.empty();
}

bool starts_lower(std::string_view s) {
    if (s.empty()) return false;
    if (is_ascii_lower(s.front())) return true;
    std::size_t i = 0;
    char32_t cp = next_code_point(s, i);
    return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || cp == 0x153;
}

// The body text's size: the one most characters have.
double body_size(const std::vector<PdfPage>& pages) {
    std::map<double, std::size_t> chars;
    for (const PdfPage& page : pages)
        for (const PdfLine& l : page.lines) chars[std::round(l.size * 2) / 2] += l.chars;
    return most_common(chars);
}

// The usual distance from one line's top to the next one's, per font size
// (half points): the line spacing inside a paragraph. Paragraph spacing
// adds to it; how much the font's box leaves between lines is the
// producer's and the font's business, so it is measured, not assumed.
using LinePitch = std::map<long, double>;

LinePitch line_pitches(const std::vector<PdfPage>& pages) {
    std::map<long, std::map<long, std::size_t>> seen; // size -> pitch (tenths) -> count
    for (const PdfPage& page : pages)
        for (std::size_t i = 1; i < page.lines.size(); ++i) {
            const PdfLine& a = page.lines[i - 1];
            const PdfLine& b = page.lines[i];
            double pitch = b.top - a.top;
            if (std::abs(a.size - b.size) < 0.3 && pitch > 0 && pitch < a.size * 2.5)
                ++seen[std::lround(a.size * 2)][std::lround(pitch * 10)];
        }
    LinePitch out;
    for (const auto& [size, pitches] : seen) {
        std::size_t most = 0;
        for (const auto& [tenths, n] : pitches)
            if (n > most) {
                most = n;
                out[size] = static_cast<double>(tenths) / 10;
            }
    }
    return out;
}

// Whether `line` continues `block` (whose last line is on the same page
// when `same_page`).
bool continues(const Block& block, const PdfLine& line, double right, bool same_page,
               const LinePitch& pitches, double body) {
    const PdfLine& prev = *block.lines.back();
    // A glyph opens an item, except in a heading's font, where a dash may
    // start a wrapped line ("Protocole …" / "– Territoire").
    if ((!line.glyph.empty() && line.size < body + 1) || !same_style(prev, line)) return false;
    double size = std::max(1.0, prev.size);
    auto usual = pitches.find(std::lround(prev.size * 2));
    double pitch = usual != pitches.end() ? usual->second : size * 1.3;
    if (same_page && (line.top - prev.top > pitch * 1.12 + 0.5 || line.top < prev.top))
        return false;
    // Under the text (a hanging indent) or, for a glyph written inline
    // ("➔ Titre" wrapping to the margin), under the glyph; a number there
    // opens the next item.
    double tolerance = size * 0.6;
    bool under_text = std::abs(line.x0 - block.text_x) <= tolerance;
    bool under_start = std::abs(line.x0 - block.lines.front()->x0) <= tolerance;
    if (!under_text && (!under_start || starts_numbered(line))) return false;
    double space = size * 0.3;
    bool full = prev.x1 + space + line.first_word_width > right - size * 0.2;
    return full || (trim_right(prev.text).ends_with('-') && starts_lower(line.text));
}

void append_line(Block& b, const PdfLine& line) {
    std::string whole = line_text(line);
    std::string_view next = trim(whole);
    std::string_view prev = trim_right(b.text);
    if (prev.size() >= 2 && prev.back() == '-' && prev[prev.size() - 2] != ' ') {
        b.text = starts_lower(next) ? join_hyphenated(prev, next)
                                    : std::string(prev) + std::string(next);
    } else {
        b.text += ' ';
        b.text += next;
    }
    b.lines.push_back(&line);
}

Block open_block(const PdfLine& line) {
    Block b;
    b.lines.push_back(&line);
    b.text = line.text;
    b.numbered = line.glyph.empty() && starts_numbered(line);
    b.text_x = !line.glyph.empty() || b.numbered ? line.second_x : line.x0;
    return b;
}

double right_edge(const PdfPage& page) {
    double right = 0;
    for (const PdfLine& l : page.lines) right = std::max(right, l.x1);
    return right;
}

// The right edge of a page's text; a page with a few short lines (the end
// of a chapter) has the usual edge of the document's pages.
std::vector<double> right_edges(const std::vector<PdfPage>& pages) {
    std::vector<double> edges;
    edges.reserve(pages.size());
    for (const PdfPage& page : pages) edges.push_back(right_edge(page));
    std::vector<double> sorted = edges;
    std::sort(sorted.begin(), sorted.end());
    double usual = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    for (double& e : edges) e = std::max(e, usual);
    return edges;
}

std::vector<Block> join_lines(const std::vector<PdfPage>& pages) {
    std::vector<Block> blocks;
    std::vector<double> edges = right_edges(pages);
    LinePitch pitches = line_pitches(pages);
    double body = body_size(pages);
    for (std::size_t k = 0; k < pages.size(); ++k) {
        const PdfPage& page = pages[k];
        double right = edges[k];
        for (std::size_t i = 0; i < page.lines.size(); ++i) {
            const PdfLine& line = page.lines[i];
            bool same_page = i > 0;
            if (!blocks.empty() &&
                continues(blocks.back(), line, blocks.back().right, same_page, pitches, body)) {
                append_line(blocks.back(), line);
            } else {
                blocks.push_back(open_block(line));
            }
            blocks.back().right = right;
        }
    }
    return blocks;
}

struct BlockFacts {
    Style style;
    std::size_t chars = 0, bold = 0, italic = 0;
};

// The font family most characters are set in.
std::string body_family(const std::vector<Block>& blocks) {
    std::map<std::string, std::size_t> chars;
    for (const Block& b : blocks)
        for (const PdfLine* l : b.lines) chars[l->family] += l->chars;
    return most_common(chars);
}

BlockFacts facts(const Block& b, const std::string& body_font) {
    BlockFacts f;
    for (const PdfLine* l : b.lines) {
        f.chars += l->chars;
        f.bold += l->bold_chars;
        f.italic += l->italic_chars;
    }
    f.style = style_of(*b.lines.front());
    f.style.bold = mostly(f.bold, f.chars);
    f.style.italic = mostly(f.italic, f.chars);
    f.style.other_family = b.lines.front()->family != body_font;
    return f;
}

// A short paragraph set larger than the body, or in bold or another family
// at about its size; a bullet item in bold is an item, but a glyph opening
// a larger line ("➔ Orientation") is part of the heading.
bool is_heading(const Block& b, const BlockFacts& f, double body) {
    if (b.text.size() > kMaxHeadingChars) return false;
    if (f.style.size >= body + 1) return true;
    if (!b.lines.front()->glyph.empty()) return false;
    return f.style.bold || (f.style.other_family && f.style.size >= body - 0.5);
}

// Heading level per style: bigger fonts rank first; fonts of one size
// (bold, italic, another family: producers differ) rank in the order they
// first appear, as a document opens its higher levels first.
std::map<Style, int> heading_ranks(const std::vector<Block>& blocks, double body,
                                   const std::string& family) {
    std::map<Style, std::size_t> first_seen;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        BlockFacts f = facts(blocks[i], family);
        if (is_heading(blocks[i], f, body)) first_seen.emplace(f.style, i);
    }
    std::vector<std::pair<Style, std::size_t>> order(first_seen.begin(), first_seen.end());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return std::make_pair(-a.first.size, a.second) < std::make_pair(-b.first.size, b.second);
    });
    std::map<Style, int> ranks;
    int level = 0;
    for (const auto& entry : order) ranks[entry.first] = std::min(9, ++level);
    return ranks;
}

// List level per marker position: the rank of its x among the items' x.
std::map<long, int> list_ranks(const std::vector<Block>& blocks,
                               const std::map<Style, int>& headings, double body,
                               const std::string& family) {
    std::set<long> xs;
    auto key = [](double x) { return std::lround(x / 4); }; // 4 pt: one position
    for (const Block& b : blocks) {
        BlockFacts f = facts(b, family);
        bool item = !b.lines.front()->glyph.empty() || b.numbered;
        if (item && !(is_heading(b, f, body) && headings.count(f.style)))
            xs.insert(key(b.lines.front()->x0));
    }
    std::map<long, int> ranks;
    int level = 0;
    long last = -100;
    for (long x : xs) {
        if (x - last > 1) ++level; // neighbours are one position
        ranks[x] = level;
        last = x;
    }
    return ranks;
}

} // namespace

void number_lines(std::vector<PdfPage>& pages) {
    int number = 0;
    for (PdfPage& page : pages)
        for (PdfLine& line : page.lines) line.number = ++number;
}

int remove_pdf_furniture(std::vector<PdfPage>& pages) {
    // A label that often opens pages ("Objectifs opérationnels :") also
    // stands inside pages, which a running header or footer never does.
    std::map<std::string, std::size_t> pages_with;
    std::set<std::string> inside;
    for (const PdfPage& page : pages) {
        std::set<std::string> once;
        std::vector<std::size_t> edges = edge_lines(page);
        for (std::size_t i : edges) once.insert(repetition_key(line_text(page.lines[i])));
        for (const std::string& k : once) ++pages_with[k];
        for (std::size_t i = 0; i < page.lines.size(); ++i)
            if (std::find(edges.begin(), edges.end(), i) == edges.end())
                inside.insert(repetition_key(line_text(page.lines[i])));
    }
    for (const std::string& k : inside) pages_with.erase(k);
    std::size_t need = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    int removed = 0;
    for (PdfPage& page : pages) {
        std::vector<bool> drop(page.lines.size(), false);
        for (std::size_t i : edge_lines(page)) {
            std::string text = line_text(page.lines[i]);
            drop[i] = is_page_number(text) || pages_with[repetition_key(text)] >= need;
        }
        std::vector<PdfLine> kept;
        for (std::size_t i = 0; i < page.lines.size(); ++i)
            if (drop[i])
                ++removed;
            else
                kept.push_back(std::move(page.lines[i]));
        page.lines = std::move(kept);
    }
    return removed;
}

ParagraphDocument pdf_paragraphs(const std::vector<PdfPage>& pages) {
    ParagraphDocument doc;
    std::vector<Block> blocks = join_lines(pages);
    double body = body_size(pages);
    std::string family = body_family(blocks);
    auto headings = heading_ranks(blocks, body, family);
    auto lists = list_ranks(blocks, headings, body, family);
    double left = 1e9;
    for (const Block& b : blocks) left = std::min(left, b.lines.front()->x0);
    for (const Block& b : blocks) {
        const PdfLine& first = *b.lines.front();
        BlockFacts f = facts(b, family);
        const std::string& glyph = first.glyph;
        std::string_view raw =
            glyph.empty() ? doc.storage.keep(b.text) : doc.storage.keep(glyph + " " + b.text);
        Paragraph p;
        p.number = first.number;
        p.raw = raw;
        p.indent = static_cast<int>(std::lround((first.x0 - left) / std::max(1.0, body / 2)));
        if (is_heading(b, f, body)) p.heading_level = static_cast<std::int8_t>(headings[f.style]);
        lex_body(raw, p, doc.storage);
        if (p.blank) continue;
        if (p.heading_level == 0 && (!glyph.empty() || b.numbered)) {
            auto at = lists.find(std::lround(first.x0 / 4));
            p.list_level = static_cast<std::int16_t>(at != lists.end() ? at->second : 1);
        }
        // An italic heading font is how the heading looks, not a remark's
        // emphasis (italic prose is commentary).
        if (mostly(f.bold, f.chars))
            p.emphasis = Emphasis::bold;
        else if (p.heading_level == 0 && mostly(f.italic, f.chars))
            p.emphasis = Emphasis::italic;
        doc.paragraphs.push_back(std::move(p));
    }
    return doc;
}

} // namespace perr
