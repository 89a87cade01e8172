#include "parsers/line_lexer.h"

#include "utilities/text.h"

namespace perr {
namespace {

// A form feed (pdftotext's page break, at the start of a page's first
// line) takes no column: "\f   • X" is indented as "   • X".
int count_indent(std::string_view raw, std::size_t& pos) {
    int cols = 0;
    while (pos < raw.size() && (raw[pos] == ' ' || raw[pos] == '\t' || raw[pos] == '\f')) {
        cols += raw[pos] == '\t' ? 4 : raw[pos] == ' ' ? 1 : 0;
        ++pos;
    }
    return cols;
}

// pandoc writes indented paragraphs as block quotes: each '>' is a level.
int take_quote_marks(std::string_view raw, std::size_t& pos) {
    int cols = 0;
    while (pos < raw.size() && raw[pos] == '>' &&
           (pos + 1 == raw.size() || raw[pos + 1] == ' ' || raw[pos + 1] == '>')) {
        ++pos;
        cols += 2 + count_indent(raw, pos);
    }
    return cols;
}

// A bullet is a glyph followed by a space; "*" only when it does not open
// emphasis ("*text*" is italics, "* text" is an item).
std::string_view take_marker(std::string_view s, Marker& marker, bool dashes) {
    std::size_t len = bullet_length(s);
    if (len == 0) return s;
    std::string_view normalized = normalize_marker(s.substr(0, len));
    if (!dashes && normalized == "-") return s;
    marker = normalized;
    return trim(s.substr(len));
}

std::string_view take_number(std::string_view s, bool after_marker, Paragraph& p) {
    auto numbered = take_numbering(s, after_marker);
    if (!numbered) return s;
    p.set_numbering(std::move(numbered->number));
    return numbered->rest;
}

Emphasis whole_line_emphasis(std::string_view s) {
    if (s.size() > 4 && s.starts_with("**") && s.ends_with("**")) return Emphasis::bold;
    if (s.size() > 4 && s.starts_with("__") && s.ends_with("__")) return Emphasis::bold;
    if (s.size() > 2 && s.starts_with("*") && s.ends_with("*") && !s.starts_with("**"))
        return Emphasis::italic;
    if (s.starts_with("<i>") || s.starts_with("<em>")) return Emphasis::italic;
    if (s.starts_with("<b>") || s.starts_with("<strong>")) return Emphasis::bold;
    return Emphasis::plain;
}

int take_heading(std::string_view& s) {
    int level = 0;
    while (level < static_cast<int>(s.size()) && s[static_cast<std::size_t>(level)] == '#') ++level;
    if (level == 0 || level > 6) return 0;
    std::string_view rest = s.substr(static_cast<std::size_t>(level));
    // "#word" is a heading in converter output too; "#1" is not.
    if (rest.empty() || is_ascii_digit(rest.front())) return 0;
    s = trim(rest);
    return level;
}

} // namespace

void lex_body(std::string_view s, Paragraph& p, TextStore& store) {
    s = trim(s);
    if (s.empty()) return;
    p.blank = false;
    s = take_marker(s, p.marker, p.heading_level == 0);
    if (p.marker == "-") { // "- ✓ text": a markdown item whose glyph is the ✓
        Marker inner;
        std::string_view rest = take_marker(s, inner, false);
        if (!inner.empty()) {
            p.marker = inner;
            s = rest;
        }
    }
    s = take_number(s, !p.marker.empty(), p);
    p.emphasis = whole_line_emphasis(s);
    std::string_view t = trim_right(stripped_text(s, store));
    if (t.ends_with(':')) {
        p.colon = true;
        t = trim_right(t.substr(0, t.size() - 1));
    }
    p.text = t;
}

std::string_view stripped_text(std::string_view s, TextStore& store) {
    std::string buffer;
    std::string_view t = strip_markup(s, buffer);
    // Most lines hold no markup: their text stays a view of the source.
    return t.data() == buffer.data() ? store.keep(t) : t;
}

Paragraph lex_line(std::string_view raw, int number, TextStore& store) {
    Paragraph p;
    p.number = number;
    p.raw = raw;
    std::size_t pos = 0;
    p.indent = count_indent(raw, pos);
    p.indent += take_quote_marks(raw, pos);
    std::string_view s = trim(raw.substr(pos));
    if (s.empty()) return p;
    p.heading_level = static_cast<std::int8_t>(take_heading(s));
    lex_body(s, p, store);
    return p;
}

std::vector<Paragraph> lex_lines(std::string_view text, TextStore& store) {
    std::vector<Paragraph> lines;
    lines.reserve(count_byte(text, '\n') + 1);
    int number = 0;
    for (std::string_view raw : Lines(text)) lines.push_back(lex_line(raw, ++number, store));
    return lines;
}

} // namespace perr
