#include "utilities/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "utilities/word_scan.h"

namespace perr {

std::string_view trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_ascii_space(s[b])) ++b;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string_view trim_right(std::string_view s) {
    std::size_t e = s.size();
    while (e > 0 && is_ascii_space(s[e - 1])) --e;
    return s.substr(0, e);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
    return true;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : trim(s)) {
        if (is_ascii_space(c)) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto b0 = static_cast<unsigned char>(s[i++]);
    if (b0 < 0x80) return b0;
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
    if (extra < 0) return 0xFFFD;
    char32_t cp = b0 & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// Base letter of the Latin-1 Supplement and Latin Extended-A letters that
// French uses; 0 when the code point is not one of them.
char latin_base(char32_t cp) {
    static constexpr std::string_view kLatin1 = // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = kLatin1[cp - 0xC0];
        return c == '*' || c == '/' ? 0 : c;
    }
    if (cp == 0x178) return 'y';
    return 0;
}

} // namespace

// Writes into a buffer of the input's size: no replacement is longer than
// what it replaces, so there is one allocation and no push_back per byte.
std::string fold(std::string_view s) {
    std::string out(s.size(), '\0');
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out[n++] = ascii_lower(static_cast<char>(c));
            ++i;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (cp == 0xE6 || cp == 0xC6) {
            out[n++] = 'a', out[n++] = 'e';
        } else if (char base = latin_base(cp)) {
            out[n++] = base;
        } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == 0xB4) {
            out[n++] = '\'';
        } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2212 || cp == 0x2010 ||
                   cp == 0x2011) {
            out[n++] = '-';
        } else if (cp == 0x153 || cp == 0x152) {
            out[n++] = 'o', out[n++] = 'e';
        } else if (cp == 0xA0 || cp == 0x202F || cp == 0x2009) {
            out[n++] = ' ';
        } else {
            for (std::size_t k = start; k < i; ++k) out[n++] = s[k];
        }
    }
    out.resize(n);
    return out;
}

// 16 bytes at a time (a digit is a byte less than 10 past '0'), then 8: of
// an ASCII byte x, x + 0x50 has its high bit from '0' up, x + 0x46 from
// past '9' up, and neither carries into the next byte.
std::size_t count_ascii_digits(std::string_view s, std::size_t at_most) {
    using word_scan::kHigh;
    std::size_t digits = 0, i = 0;
    for (; i + 16 <= s.size() && digits < at_most; i += 16) {
        word_scan::Block b = word_scan::load_block(s, i);
        digits += word_scan::count(word_scan::below(b - word_scan::splat('0'), 10));
    }
    for (; i + 8 <= s.size() && digits < at_most; i += 8) {
        std::uint64_t w = word_scan::load(s, i);
        std::uint64_t x = w & ~kHigh;
        std::uint64_t marks =
            (x + 0x5050505050505050ull) & ~(x + 0x4646464646464646ull) & ~w & kHigh;
        digits += word_scan::count(marks);
    }
    for (; i < s.size() && digits < at_most; ++i) digits += is_ascii_digit(s[i]) ? 1u : 0u;
    return std::min(digits, at_most);
}

std::size_t count_byte(std::string_view s, char c) {
    const auto byte = static_cast<unsigned char>(c);
    std::size_t n = 0, i = 0;
    while (i + 16 <= s.size()) {
        word_scan::Block counts{}; // a mark is 0xFF, -1: subtracting it adds one
        for (int k = 0; k < 255 && i + 16 <= s.size(); ++k, i += 16)
            counts -= word_scan::equal(word_scan::load_block(s, i), byte);
        n += word_scan::sum(counts);
    }
    for (; i < s.size(); ++i) n += s[i] == c ? 1u : 0u;
    return n;
}

// The needle's first two bytes looked for 16 places at a time (two blocks,
// the second one byte on), the rest compared where both stand. glibc's
// memmem builds a shift table on every call, which costs more than a line.
bool contains(std::string_view s, std::string_view needle) {
    if (needle.empty()) return true;
    if (s.size() < needle.size()) return false;
    if (needle.size() == 1) return std::memchr(s.data(), needle[0], s.size()) != nullptr;
    const std::size_t starts = s.size() - needle.size() + 1; // the places it may start
    auto rest_at = [&](std::size_t i) {
        return std::memcmp(s.data() + i + 2, needle.data() + 2, needle.size() - 2) == 0;
    };
    const auto first = static_cast<unsigned char>(needle[0]);
    const auto second = static_cast<unsigned char>(needle[1]);
    std::size_t i = 0;
    for (; i + 16 <= starts; i += 16) { // s[i + 16] exists: needle.size() >= 2
        word_scan::Block marks = word_scan::equal(word_scan::load_block(s, i), first) &
                                 word_scan::equal(word_scan::load_block(s, i + 1), second);
        if (!word_scan::any(marks)) continue;
        for (std::size_t k = 0; k < 16; ++k)
            if (marks[k] != 0 && rest_at(i + k)) return true;
    }
    for (; i < starts; ++i)
        if (s[i] == needle[0] && s[i + 1] == needle[1] && rest_at(i)) return true;
    return false;
}

bool contains_ascii_caseless(std::string_view s, std::string_view lower) {
    if (lower.empty()) return true;
    // Candidates for the first byte 8 at a time: a byte that equals it once
    // bit 0x20 is set (its two cases, and for a non-letter one other byte).
    const auto first = static_cast<unsigned char>(lower.front() | 0x20);
    auto matches_at = [&](std::size_t i) {
        for (std::size_t k = 0; k < lower.size(); ++k)
            if (ascii_lower(s[i + k]) != lower[k]) return false;
        return true;
    };
    std::size_t i = 0;
    for (; i + 8 <= s.size() && i + lower.size() <= s.size(); i += 8) {
        std::uint64_t w = word_scan::load(s, i) | (word_scan::kOnes * 0x20);
        std::uint64_t marks = word_scan::equal(w, first);
        for (std::size_t k = 0; k < 8 && marks != 0; ++k, marks >>= 8)
            if ((marks & 0x80) != 0 && i + k + lower.size() <= s.size() && matches_at(i + k))
                return true;
    }
    for (; i + lower.size() <= s.size(); ++i)
        if (matches_at(i)) return true;
    return false;
}

bool is_all_caps(std::string_view s, int min_letters) {
    int letters = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        if (cp < 0x80) {
            auto c = static_cast<char>(cp);
            if (is_ascii_lower(c)) return false;
            if (is_ascii_upper(c)) ++letters;
        } else if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) || cp == 0x153) {
            return false; // lower-case accented letter
        } else if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || cp == 0x152) {
            ++letters;
        }
    }
    return letters >= min_letters;
}

} // namespace perr

#include <unicode/uchar.h>

namespace perr {

namespace {

bool is_particle(std::string_view w) {
    for (std::string_view p :
         {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "aux", "au"})
        if (w == p) return true;
    return false;
}

} // namespace

std::string title_case_name(std::string_view caps) {
    std::string spaced = collapse_spaces(caps);
    // "MOISSY - CRAMAYEL": a hyphen between spaces joins one name.
    std::string joined;
    for (std::size_t i = 0; i < spaced.size(); ++i) {
        if (spaced.compare(i, 3, " - ") == 0) {
            joined += '-';
            i += 2;
        } else {
            joined += spaced[i];
        }
    }
    std::string lower;
    for (std::size_t i = 0; i < joined.size();)
        append_utf8(lower, static_cast<char32_t>(
                               u_tolower(static_cast<UChar32>(next_code_point(joined, i)))));
    std::string out;
    bool word_start = true;
    for (std::size_t i = 0; i < lower.size();) {
        std::size_t at = i;
        char32_t cp = next_code_point(lower, i);
        if (word_start) {
            std::size_t end = lower.find_first_of(" -'", at);
            std::string_view word = std::string_view(lower).substr(
                at, end == std::string::npos ? std::string::npos : end - at);
            bool keep_lower =
                at != 0 && is_particle(word) && end != std::string::npos && lower[end] == ' ';
            if (!keep_lower) cp = static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
        }
        append_utf8(out, cp);
        word_start = cp == ' ' || cp == '-' || cp == '\'';
    }
    return out;
}

namespace {

bool is_ascii_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

// True when strip_markup would return `s` unchanged: no byte that starts
// markup, an escape or emphasis, no white space but single spaces inside.
// Bytes strip_markup may change: markup, escapes, emphasis, white space
// (a space only when it follows another).
constexpr std::array<bool, 256> kMaybeMarkup = [] {
    std::array<bool, 256> t{};
    for (char c : std::string_view("<\\*_ ")) t[static_cast<unsigned char>(c)] = true;
    for (std::size_t c = 0; c < 256; ++c) t[c] = t[c] || is_ascii_space(static_cast<char>(c));
    return t;
}();

// Sixteen bytes at a time: a block with no byte that may be markup or a
// control, and no space after a space (each byte is compared with the one
// before it, loaded one byte back), is plain; any other is read byte by
// byte (a control byte may still be plain, as may a lone space).
bool is_plain(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ') return s.empty();
    auto plain_at = [&](std::size_t i) {
        return !kMaybeMarkup[static_cast<unsigned char>(s[i])] || (s[i] == ' ' && s[i - 1] != ' ');
    };
    if (!plain_at(0)) return false; // s[0] is no space: s[-1] is not read
    using word_scan::below, word_scan::equal;
    std::size_t i = 1;
    for (; i + 16 <= s.size(); i += 16) {
        word_scan::Block b = word_scan::load_block(s, i);
        word_scan::Block before = word_scan::load_block(s, i - 1);
        word_scan::Block marks = equal(b, '<') | equal(b, '\\') | equal(b, '*') | equal(b, '_') |
                                 below(b, 0x20) | (equal(b, ' ') & equal(before, ' '));
        if (!word_scan::any(marks)) continue;
        for (std::size_t k = i; k < i + 16; ++k)
            if (!plain_at(k)) return false;
    }
    for (; i < s.size(); ++i)
        if (!plain_at(i)) return false;
    return true;
}

// "*Agir …*", "**Axe 1**": emphasis marks around plain text, the commonest
// markup of markdown exports. What strip_markup keeps of them is the text
// between the marks (a '*' next to a letter is a mark); "" when `s` is not
// that shape.
std::string_view inside_emphasis(std::string_view s) {
    std::size_t begin = s.find_first_not_of('*');
    if (begin == std::string_view::npos) return {};
    std::size_t end = s.find_last_not_of('*') + 1;
    if (begin == 0 && end == s.size()) return {};
    std::string_view inside = s.substr(begin, end - begin);
    return is_plain(inside) ? inside : std::string_view();
}

} // namespace

// One pass into a buffer of the input's size: tags, emphasis marks and
// backslash escapes dropped, white space collapsed, ends trimmed. Most lines
// hold none of these and are copied as they are.
std::string strip_markup(std::string_view s) {
    std::string out;
    strip_markup_into(s, out);
    return out;
}

void strip_markup_into(std::string_view s, std::string& out) {
    if (is_plain(s)) {
        out.assign(s);
        return;
    }
    out.resize(s.size()); // keeps the buffer's capacity: no allocation once it is large enough
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
    auto maybe_markup = [&](std::size_t j) {
        return kMaybeMarkup[static_cast<unsigned char>(s[j])];
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (!maybe_markup(i)) {
            // Most bytes are put as they are: a run of them, through single
            // spaces between them, is copied whole.
            std::size_t end = i + 1;
            while (end < s.size()) {
                if (!maybe_markup(end)) {
                    ++end;
                } else if (s[end] == ' ' && end + 1 < s.size() && !maybe_markup(end + 1)) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (space) out[n++] = ' ';
            space = false;
            std::memcpy(out.data() + n, s.data() + i, end - i);
            n += end - i;
            i = end - 1;
            continue;
        }
        if (c == '<' && i + 1 < s.size() &&
            (is_ascii_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            std::size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                put(' ');
                i = close;
                continue;
            }
        }
        if (c == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1])) { // pandoc's "\'", "\*"
            put(s[++i]);
            continue;
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
}

std::string_view strip_markup(std::string_view s, std::string& buffer) {
    if (is_plain(s)) return s;
    if (std::string_view inside = inside_emphasis(s); !inside.empty()) return inside;
    strip_markup_into(s, buffer);
    return buffer;
}

} // namespace perr
