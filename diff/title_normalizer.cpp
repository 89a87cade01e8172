#include "diff/title_normalizer.h"

#include <algorithm>

#include "utilities/text.h"

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

std::size_t utf8_length(char32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
}

} // namespace

TitleNormalizer::TitleNormalizer(const TitleFolding& folding) : folding_(folding) {
    for (char32_t cp = 0; cp < 256; ++cp) latin1_[cp] = fold_one(cp, folding);
    for (char32_t cp : kTypographic) typographic_.emplace_back(cp, fold_one(cp, folding));
    for (std::size_t b = 0; b < 128; ++b) {
        const std::string& f = latin1_[b];
        // A backslash escape is markup too: strip_markup drops the backslash.
        bool markup = std::string_view("<*_\\\t\n\r\f\v").find(static_cast<char>(b)) !=
                      std::string_view::npos;
        ascii_role_[b] = markup          ? AsciiRole::markup
                         : f == " "      ? AsciiRole::space
                         : f.size() == 1 ? AsciiRole::one_byte
                                         : AsciiRole::other;
        ascii_[b] = f.size() == 1 ? f[0] : '\0';
    }
    for (char32_t cp = 0; cp < 256; ++cp)
        growth_ = std::max(growth_, (latin1_[cp].size() + utf8_length(cp) - 1) / utf8_length(cp));
    for (const auto& [cp, f] : typographic_)
        growth_ = std::max(growth_, (f.size() + utf8_length(cp) - 1) / utf8_length(cp));
}

const std::string* TitleNormalizer::folded(char32_t cp) const {
    if (cp < 256) return &latin1_[cp];
    auto it = std::lower_bound(typographic_.begin(), typographic_.end(), cp,
                               [](const auto& entry, char32_t c) { return entry.first < c; });
    return it != typographic_.end() && it->first == cp ? &it->second : nullptr;
}

// One pass over the title, writing straight into `out` (sized once: no
// character folds to more than growth_ times its bytes). On a raw title,
// markup or a white space other than ' ' means strip_title first.
bool TitleNormalizer::fold_fast(std::string_view in, std::string& out, bool raw) const {
    out.resize(in.size() * growth_);
    char* const begin = out.data();
    char* o = begin;
    bool space = false;
    auto emit = [&](const char* p, std::size_t n) {
        if (space) *o++ = ' ';
        space = false;
        for (std::size_t k = 0; k < n; ++k) *o++ = p[k];
    };
    for (std::size_t i = 0; i < in.size();) {
        auto byte = static_cast<unsigned char>(in[i]);
        AsciiRole role = byte < 0x80 ? ascii_role_[byte] : AsciiRole::other;
        if (role == AsciiRole::one_byte) { // most of a French title
            emit(&ascii_[byte], 1);
            ++i;
            continue;
        }
        if (role == AsciiRole::markup && raw) return false;
        char32_t cp = 0;
        if (!decode(in, i, cp)) return false;
        const std::string* f = folded(cp);
        if (f == nullptr) return false;
        if (*f == " ")
            space = o != begin;
        else if (!f->empty())
            emit(f->data(), f->size());
    }
    while (o != begin && (o[-1] == ':' || o[-1] == ' ')) --o;
    out.resize(static_cast<std::size_t>(o - begin));
    return true;
}

void TitleNormalizer::fold_into(std::string_view title, std::string& out) const {
    if (!folding_.numbering && fold_fast(title, out, true)) return;
    std::string plain = strip_title(title, folding_);
    if (!fold_fast(plain, out, false)) out = fold_title_icu(plain, folding_);
}

std::string TitleNormalizer::operator()(std::string_view title) const {
    std::string out;
    fold_into(title, out);
    return out;
}

} // namespace perr
