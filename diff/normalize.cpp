#include "diff/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "utilities/text.h"

namespace perr {
namespace {

// Typographic variants that mean the same character.
UChar32 unify(UChar32 c) {
    switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x00B4:
    case '`':
        return '\'';
    case 0x201C:
    case 0x201D:
    case 0x00AB:
    case 0x00BB:
        return '"';
    case 0x2013:
    case 0x2014:
    case 0x2012:
    case 0x2212:
    case 0x2010:
    case 0x2011:
        return '-';
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case '\t':
    case '\n':
        return ' ';
    default:
        return c;
    }
}

std::string_view drop_numbering(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (is_ascii_digit(s[i]) || (i < 3 && is_ascii_upper(s[i])) || s[i] == '.'))
        ++i;
    if (i == 0 || i >= s.size()) return s;
    std::size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == ')' || s[j] == '-' || s[j] == ':')) ++j;
    return j > i && j < s.size() ? s.substr(j) : s;
}

} // namespace

std::string strip_title(std::string_view title, const TitleFolding& folding) {
    std::string plain = strip_markup(title);
    if (!folding.numbering) return plain;
    return std::string(drop_numbering(plain));
}

std::string fold_title_icu(std::string_view view, const TitleFolding& folding) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(view.data(), static_cast<int32_t>(view.size())));
    UErrorCode status = U_ZERO_ERROR;
    if (folding.accents) {
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_SUCCESS(status)) u = nfd->normalize(u, status);
    }
    icu::UnicodeString out;
    bool space = false;
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = unify(u.char32At(i));
        i += U16_LENGTH(u.char32At(i));
        if (folding.accents && u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == ' ') {
            space = out.length() > 0;
            continue;
        }
        if (space) out.append(UChar32(' '));
        space = false;
        if (c == 0x0153 || c == 0x0152) // œ: as "oe", so "coeur" matches "cœur"
            out.append(c == 0x0153 ? UNICODE_STRING_SIMPLE("oe") : UNICODE_STRING_SIMPLE("OE"));
        else
            out.append(c);
    }
    if (folding.case_) out.foldCase();
    std::string utf8;
    out.toUTF8String(utf8);
    while (!utf8.empty() && (utf8.back() == ':' || utf8.back() == ' ')) utf8.pop_back();
    return utf8;
}

std::string normalize_title(std::string_view title, const TitleFolding& folding) {
    return fold_title_icu(strip_title(title, folding), folding);
}

} // namespace perr
