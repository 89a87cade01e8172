#include "parsers/line_lexer.h"

#include <array>

#include "parsers/text.h"

namespace perr {
namespace {

struct Glyph {
    std::string_view bytes;
    std::string_view normalized;
};

constexpr std::array<Glyph, 14> kGlyphs{{
    {"-", "-"},
    {"*", "-"},
    {"+", "-"},
    {"\u2013", "-"},      // – en dash
    {"\u2014", "-"},      // — em dash
    {"\u2794", "\u2192"}, // ➔
    {"\u279C", "\u2192"}, // ➜
    {"\u2192", "\u2192"}, // →
    {"\u25CB", "\u25CB"}, // ○
    {"\u2713", "\u2713"}, // ✓
    {"\u2714", "\u2713"}, // ✔
    {"\u2022", "\u2022"}, // •
    {"\u25AA", "\u25AA"}, // ▪
    {"\u25CF", "\u2022"}, // ●
}};

int count_indent(std::string_view raw, std::size_t& pos) {
    int cols = 0;
    while (pos < raw.size() && (raw[pos] == ' ' || raw[pos] == '\t')) {
        cols += raw[pos] == '\t' ? 4 : 1;
        ++pos;
    }
    return cols;
}

// A bullet is a glyph followed by a space; "*" only when it does not open
// emphasis ("*text*" is italics, "* text" is an item).
std::string_view take_marker(std::string_view s, std::string& marker) {
    for (const Glyph& g : kGlyphs) {
        if (!s.starts_with(g.bytes)) continue;
        std::string_view rest = s.substr(g.bytes.size());
        if (rest.empty() || rest.front() != ' ') continue;
        marker = std::string(g.normalized);
        return trim(rest);
    }
    return s;
}

bool is_roman(std::string_view s) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s)
        if (c != 'I' && c != 'V' && c != 'X') return false;
    return true;
}

// "1. ", "2.3 ", "A. ", "IV. ", "1) "; after a bullet also "1 – ".
std::string_view take_number(std::string_view s, bool after_marker, Line& line) {
    std::size_t i = 0;
    while (i < s.size() && (is_ascii_digit(s[i]) ||
                            (s[i] == '.' && i > 0 && i + 1 < s.size() && is_ascii_digit(s[i + 1]))))
        ++i;
    bool digits = i > 0 && i <= 8;
    if (!digits) {
        while (i < s.size() && is_ascii_upper(s[i])) ++i;
        if (i == 0 || (i > 1 && !is_roman(s.substr(0, i)))) return s;
    }
    std::string_view number = s.substr(0, i);
    std::string_view rest = s.substr(i);
    std::string style;
    if (rest.starts_with(". ") || rest.starts_with(") ")) {
        style = std::string(digits ? "1" : "A") + rest[0];
        rest = rest.substr(2);
    } else if (after_marker && digits) {
        std::string_view r = trim(rest);
        if (r.starts_with("\u2013 ") || r.starts_with("- ") || r.starts_with("\u2014 ")) {
            style = "1\u2013";
            rest = r.substr(r.find(' ') + 1);
        }
    }
    if (style.empty() || trim(rest).empty()) return s;
    line.label = std::string(number);
    line.label_style = style;
    return trim(rest);
}

Emphasis whole_line_emphasis(std::string_view s) {
    if (s.size() > 4 && s.starts_with("**") && s.ends_with("**")) return Emphasis::bold;
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

std::string normalize_marker(std::string_view glyph) {
    for (const Glyph& g : kGlyphs)
        if (g.bytes == glyph) return std::string(g.normalized);
    return std::string(glyph);
}

// One pass into a buffer of the input's size: tags and emphasis marks
// dropped, white space collapsed, ends trimmed.
std::string strip_markup(std::string_view s) {
    std::string out(s.size(), '\0');
    std::size_t n = 0;
    bool space = false;
    auto put = [&](char c) {
        if (is_ascii_space(c)) {
            space = n > 0;
            return;
        }
        if (space) out[n++] = ' ';
        space = false;
        out[n++] = c;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '<' && i + 1 < s.size() &&
            (is_ascii_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            std::size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                put(' ');
                i = close;
                continue;
            }
        }
        // '*' is emphasis markup unless it stands alone between spaces.
        if (c == '*' && !((i == 0 || s[i - 1] == ' ') && (i + 1 == s.size() || s[i + 1] == ' ')))
            continue;
        if (c == '_' && i + 1 < s.size() && s[i + 1] == '_') {
            ++i;
            continue;
        }
        put(c);
    }
    out.resize(n);
    return out;
}

Line lex_line(std::string_view raw, int number) {
    Line line;
    line.number = number;
    line.raw = raw;
    std::size_t pos = 0;
    line.indent = count_indent(raw, pos);
    std::string_view s = trim(raw.substr(pos));
    if (s.empty()) return line;
    line.blank = false;
    line.heading_level = take_heading(s);
    if (line.heading_level == 0) s = take_marker(s, line.marker);
    if (line.marker == "-") { // "- ✓ text": a markdown item whose glyph is the ✓
        std::string inner;
        std::string_view rest = take_marker(s, inner);
        if (!inner.empty() && inner != "-") {
            line.marker = inner;
            s = rest;
        }
    }
    s = take_number(s, !line.marker.empty(), line);
    line.emphasis = whole_line_emphasis(s);
    std::string text = strip_markup(s);
    std::string_view t = trim_right(text);
    if (t.ends_with(':')) {
        line.colon = true;
        t = trim_right(t.substr(0, t.size() - 1));
    }
    line.text = std::string(t);
    return line;
}

std::vector<Line> lex_lines(std::string_view text) {
    std::vector<Line> lines;
    int number = 0;
    for (std::string_view raw : split_lines(text)) lines.push_back(lex_line(raw, ++number));
    return lines;
}

} // namespace perr
