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

} // namespace

TitleNormalizer::TitleNormalizer(const TitleFolding& folding) : folding_(folding) {
    for (char32_t cp = 0; cp < 256; ++cp) latin1_[cp] = fold_one(cp, folding);
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

std::string TitleNormalizer::operator()(std::string_view title) const {
    std::string plain = strip_title(title, folding_);
    std::string out;
    if (fold_fast(plain, out)) return out;
    return fold_title_icu(plain, folding_);
}

} // namespace perr
