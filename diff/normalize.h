// Title normalization for matching protocol versions: ICU case folding,
// accents removed, quotes, dashes and white space unified, markup dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace perr {

struct TitleFolding {
    bool case_ = true;      // fold case
    bool accents = true;    // drop accents
    bool numbering = false; // drop a leading "1.", "A)", "2 –"
};

// The title as compared: typography and markup always unified, case and
// accents folded as asked.
std::string normalize_title(std::string_view title, const TitleFolding& folding);

// Words of a normalized title, for similarity.
std::vector<std::string> title_words(std::string_view normalized);

} // namespace perr
