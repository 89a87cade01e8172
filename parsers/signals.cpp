#include "parsers/signals.h"

#include <algorithm>
#include <array>

#include "schema/glyphs.h"
#include "utilities/text.h"

namespace perr {
namespace {

bool is_gap(char c) {
    return c == ' ' || c == '\t';
}

bool is_roman_upper(std::string_view s) {
    if (s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
    return s.size() > 1 || s == "I" || s == "V" || s == "X";
}

bool is_roman_lower(std::string_view s) {
    if (s.size() < 2 || s.size() > 6) return false;
    for (char c : s)
        if (c != 'i' && c != 'v' && c != 'x') return false;
    return true;
}

// Digits with inner dots: "1", "1.2", "1.2.3"; each component 1-3 digits.
std::size_t decimal_path(std::string_view s, int& depth) {
    std::size_t i = 0;
    depth = 0;
    while (true) {
        std::size_t start = i;
        while (i < s.size() && is_ascii_digit(s[i])) ++i;
        if (i == start || i - start > 3) return 0;
        ++depth;
        if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
            ++i;
            continue;
        }
        return i;
    }
}

std::size_t letters(std::string_view s, bool upper) {
    std::size_t i = 0;
    while (i < s.size() && (upper ? is_ascii_upper(s[i]) : is_ascii_lower(s[i]))) ++i;
    return i;
}

// The number's scheme and length at the front of s; none when s does not
// start with one.
std::pair<NumberScheme, std::size_t> scan_number(std::string_view s, int& depth) {
    depth = 1;
    if (std::size_t n = decimal_path(s, depth)) return {NumberScheme::decimal, n};
    depth = 1;
    if (std::size_t n = letters(s, true)) {
        if (is_roman_upper(s.substr(0, n))) return {NumberScheme::upper_roman, n};
        if (n == 1) return {NumberScheme::upper_alpha, 1};
        return {NumberScheme::none, 0};
    }
    if (std::size_t n = letters(s, false)) {
        if (is_roman_lower(s.substr(0, n))) return {NumberScheme::lower_roman, n};
        if (n == 1) return {NumberScheme::lower_alpha, 1};
    }
    return {NumberScheme::none, 0};
}

char scheme_char(NumberScheme s) {
    switch (s) {
    case NumberScheme::decimal:
        return '1';
    case NumberScheme::upper_roman:
        return 'I';
    case NumberScheme::upper_alpha:
        return 'A';
    case NumberScheme::lower_roman:
        return 'i';
    case NumberScheme::lower_alpha:
        return 'a';
    default:
        return '?';
    }
}

// The dashes converters write for one another: hyphen-minus, en, em.
constexpr std::string_view kDashes[] = {"-", "\u2013", "\u2014"};

bool starts_with_dash(std::string_view s, std::size_t& len) {
    for (std::string_view d : kDashes)
        if (s.starts_with(d)) {
            len = d.size();
            return true;
        }
    return false;
}

} // namespace

bool is_dash(std::string_view s) {
    return std::find(std::begin(kDashes), std::end(kDashes), s) != std::end(kDashes);
}

bool ends_with_dash(std::string_view s) {
    s = trim_right(s);
    return std::any_of(std::begin(kDashes), std::end(kDashes),
                       [&](std::string_view d) { return s.ends_with(d); });
}

namespace {

// The delimiter after a number: ". ", ") ", "°) ", " – " (a dash between
// spaces); for a decimal path of two or more parts, a space alone. Returns
// the delimiter's character and advances `rest` past it.
char take_delimiter(std::string_view& rest, const Numbering& n, bool after_marker) {
    if (rest.starts_with("\u00B0")) rest.remove_prefix(2); // "1°" is French for "first"
    if (rest.size() >= 2 && (rest[0] == '.' || rest[0] == ')') && is_gap(rest[1])) {
        char d = rest[0];
        rest.remove_prefix(1);
        return d;
    }
    std::string_view t = trim(rest);
    std::size_t len = 0;
    if (starts_with_dash(t, len) && t.size() > len && is_gap(t[len])) { // "1 – X", "1- X"
        std::string_view after = trim(t.substr(len));
        bool capital = !after.empty() && !is_ascii_lower(after.front());
        if (after_marker || capital) {
            rest = t.substr(len);
            return '-';
        }
        return 0;
    }
    if (n.scheme == NumberScheme::decimal && n.depth >= 2 && !rest.empty() && is_gap(rest[0]))
        return '.';
    return 0;
}

} // namespace

std::size_t bullet_length(std::string_view s) {
    const Glyph* g = glyph_at_start(s); // the only one: no glyph is a prefix of another
    if (g == nullptr) return 0;
    std::string_view rest = s.substr(g->bytes.size());
    return !rest.empty() && is_gap(rest.front()) ? g->bytes.size() : 0;
}

bool is_bullet_code_point(char32_t cp) {
    // Below U+2000 the table holds only ASCII, '·' and '§', none of them a
    // bullet here: accented letters, most of a French text's non-ASCII, stop.
    if (cp < 0x2000) return false;
    std::string utf8; // short: no allocation
    append_utf8(utf8, cp);
    const Glyph* g = glyph_at_start(utf8);
    return g != nullptr && g->bytes == utf8 && g->normalized != "-";
}

std::string_view normalize_marker(std::string_view glyph) {
    for (const Glyph& g : list_glyphs())
        if (g.bytes == glyph) return g.normalized;
    return glyph;
}

namespace {
// Every `normalized` of the glyph table, once (a unit test checks it).
constexpr std::string_view kMarkerClasses[] = {
    "",       "-",      "\u2192", "\u25CB", "\u2713", "\u2022",
    "\u25AA", "\u25E6", "\u27A2", "\u2756", "\u00A7",
};
} // namespace

Marker::Marker(std::string_view normalized) {
    for (std::size_t i = 1; i < std::size(kMarkerClasses); ++i)
        if (kMarkerClasses[i] == normalized) {
            rank_ = static_cast<std::uint8_t>(i);
            return;
        }
}

Marker::operator std::string_view() const {
    return kMarkerClasses[rank_];
}

std::optional<Kind> glyph_kind(std::string_view marker) {
    if (marker == "\u2192") return Kind::orientation;
    if (marker == "\u25CB") return Kind::objectif_operationnel;
    if (marker == "\u2713") return Kind::action;
    return std::nullopt;
}

std::optional<NumberedText> take_numbering(std::string_view s, bool after_marker) {
    Numbering n;
    auto [scheme, len] = scan_number(s, n.depth);
    if (scheme == NumberScheme::none) return std::nullopt;
    n.scheme = scheme;
    n.text = std::string(s.substr(0, len));
    std::string_view rest = s.substr(len);
    char delim = take_delimiter(rest, n, after_marker);
    rest = trim(rest);
    if (delim == 0 || rest.empty()) return std::nullopt;
    for (int i = 0; i < n.depth; ++i) {
        if (i > 0) n.style += '.';
        n.style += scheme_char(scheme);
    }
    n.style += delim == '-' ? std::string("\u2013") : std::string(1, delim);
    return NumberedText{std::move(n), rest};
}

std::string next_number(const Numbering& n) {
    if (n.text.empty()) return {};
    if (n.scheme == NumberScheme::decimal) {
        std::size_t dot = n.text.rfind('.');
        std::size_t start = dot == std::string::npos ? 0 : dot + 1;
        int last = std::stoi(n.text.substr(start));
        return n.text.substr(0, start) + std::to_string(last + 1);
    }
    if ((n.scheme == NumberScheme::upper_alpha || n.scheme == NumberScheme::lower_alpha) &&
        n.text.size() == 1)
        return std::string(1, static_cast<char>(n.text.front() + 1));
    return {};
}

bool decimal_path_less(std::string_view a, std::string_view b) {
    auto part = [](std::string_view& s) {
        int v = 0;
        std::size_t i = 0;
        for (; i < s.size() && is_ascii_digit(s[i]); ++i) v = v * 10 + (s[i] - '0');
        s.remove_prefix(std::min(s.size(), i + 1));
        return v;
    };
    while (!a.empty() && !b.empty()) {
        int x = part(a), y = part(b);
        if (x != y) return x < y;
    }
    return a.empty() && !b.empty();
}

std::string_view parent_path(std::string_view number) {
    std::size_t dot = number.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : number.substr(0, dot);
}

} // namespace perr
