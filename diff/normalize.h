// Title normalization for matching protocol versions: ICU case folding,
// accents removed, quotes, dashes and white space unified, markup dropped.
#pragma once

#include <string>
#include <string_view>

namespace perr {

struct TitleFolding {
    bool case_ = true;      // fold case
    bool accents = true;    // drop accents
    bool numbering = false; // drop a leading "1.", "A)", "2 –"
};

// The title as compared: typography and markup always unified, case and
// accents folded as asked. This is the reference (ICU, code point by code
// point); TitleNormalizer gives the same result faster.
std::string normalize_title(std::string_view title, const TitleFolding& folding);

// The ICU part of normalize_title, on a title already stripped of markup
// and numbering.
std::string fold_title_icu(std::string_view plain, const TitleFolding& folding);

// What normalize_title does before ICU: markup removed, numbering dropped
// when asked.
std::string strip_title(std::string_view title, const TitleFolding& folding);

} // namespace perr
