#include "diff/title_normalizer.h"

#include <algorithm>

#include "parsers/text.h"

namespace perr {
namespace {

// Beyond Latin-1, the characters French titles use all the time.
constexpr char32_t kTypographic[] = {0x0152, 0x0153, 0x02BC, 0x2009, 0x2010, 0x2011, 0x2012, 0x2013,
                                     0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x202F, 0x2212};

// ICU's answer for one code point. Framed by letters ICU leaves alone so
// that the trimming of trailing spaces and colons does not apply to it.
std::string fold_one(char32_t cp, const TitleFolding& folding) {
    std::string framed = "x";
    append_utf8(framed, cp);
    framed += 'x';
    std::string out = fold_title_icu(framed, folding);
    return out.substr(1, out.size() - 2);
}

// A strict UTF-8 decoder for the fast path: false on anything it does not
// take (bad or overlong sequences, four-byte characters).
bool decode(std::string_view s, std::size_t& i, char32_t& cp) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    if (b < 0x80) {
        cp = b, ++i;
        return true;
    }
    std::size_t len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 0;
    if (len == 0 || i + len > s.size()) return false;
    cp = b & (len == 2 ? 0x1F : 0x0F);
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < (len == 2 ? 0x80u : 0x800u) || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
    return true;
}

// True when strip_title has nothing to do: no markup, no white space but
// single spaces inside, no numbering to drop.
bool is_plain(std::string_view t, const TitleFolding& folding) {
    if (t.empty()) return true;
    if (t.front() == ' ' || t.back() == ' ') return false;
    char previous = '\0';
    for (char c : t) {
        switch (c) {
        case '<':
        case '*':
        case '_':
        case '\t':
        case '\n':
        case '\r':
        case '\f':
        case '\v':
            return false;
        case ' ':
            if (previous == ' ') return false;
            break;
        default:
            break;
        }
        previous = c;
    }
    char first = t.front();
    return !folding.numbering || !(is_ascii_digit(first) || is_ascii_upper(first) || first == '.');
}

} // namespace

TitleNormalizer::TitleNormalizer(const TitleFolding& folding) : folding_(folding) {
    for (char32_t cp = 0; cp < 256; ++cp) latin1_[cp] = fold_one(cp, folding);
    for (std::size_t b = 0; b < 128; ++b) {
        ascii_single_[b] = latin1_[b].size() == 1;
        ascii_[b] = ascii_single_[b] ? latin1_[b][0] : '\0';
    }
    for (char32_t cp : kTypographic) typographic_.emplace_back(cp, fold_one(cp, folding));
}

const std::string* TitleNormalizer::folded(char32_t cp) const {
    if (cp < 256) return &latin1_[cp];
    auto it = std::lower_bound(typographic_.begin(), typographic_.end(), cp,
                               [](const auto& entry, char32_t c) { return entry.first < c; });
    return it != typographic_.end() && it->first == cp ? &it->second : nullptr;
}

bool TitleNormalizer::fold_fast(std::string_view plain, std::string& out) const {
    out.clear();
    out.reserve(plain.size());
    bool space = false;
    for (std::size_t i = 0; i < plain.size();) {
        auto byte = static_cast<unsigned char>(plain[i]);
        if (byte < 0x80 && ascii_single_[byte]) { // most of a French title
            char c = ascii_[byte];
            ++i;
            if (c == ' ') {
                space = !out.empty();
                continue;
            }
            if (space) out += ' ';
            space = false;
            out += c;
            continue;
        }
        char32_t cp = 0;
        if (!decode(plain, i, cp)) return false;
        const std::string* f = folded(cp);
        if (f == nullptr) return false;
        if (*f == " ") {
            space = !out.empty();
            continue;
        }
        if (f->empty()) continue;
        if (space) out += ' ';
        space = false;
        out += *f;
    }
    while (!out.empty() && (out.back() == ':' || out.back() == ' ')) out.pop_back();
    return true;
}

void TitleNormalizer::fold_into(std::string_view title, std::string& out) const {
    if (is_plain(title, folding_)) { // strip_title would return it unchanged
        if (!fold_fast(title, out)) out = fold_title_icu(title, folding_);
        return;
    }
    std::string plain = strip_title(title, folding_);
    if (!fold_fast(plain, out)) out = fold_title_icu(plain, folding_);
}

std::string TitleNormalizer::operator()(std::string_view title) const {
    std::string out;
    fold_into(title, out);
    return out;
}

} // namespace perr
