// normalize_title with a fast path: titles made only of Latin-1 and the
// usual typographic characters (curly quotes, dashes, narrow spaces, œ) are
// folded through a table; anything else goes through ICU. The table is
// computed by ICU itself when the normalizer is built, so both paths give
// the same bytes (checked by the unit test).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diff/normalize.h"

namespace perr {

class TitleNormalizer {
  public:
    explicit TitleNormalizer(const TitleFolding& folding);

    // Same result as normalize_title(title, folding).
    std::string operator()(std::string_view title) const;

  private:
    // What one code point becomes; " " for the characters that are spaces.
    const std::string* folded(char32_t cp) const;
    bool fold_fast(std::string_view plain, std::string& out) const;

    TitleFolding folding_;
    std::array<std::string, 256> latin1_;
    std::vector<std::pair<char32_t, std::string>> typographic_; // sorted by code point
};

} // namespace perr
