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
    // The same into `out`, whose memory is reused (no allocation per title).
    void fold_into(std::string_view title, std::string& out) const;

  private:
    enum class AsciiRole : unsigned char { one_byte, space, markup, other };

    // What one code point becomes; " " for the characters that are spaces.
    const std::string* folded(char32_t cp) const;
    bool fold_fast(std::string_view in, std::string& out, bool raw) const;

    TitleFolding folding_;
    std::array<std::string, 256> latin1_;
    std::vector<std::pair<char32_t, std::string>> typographic_; // sorted by code point
    std::array<AsciiRole, 128> ascii_role_{};
    std::array<char, 128> ascii_{}; // latin1_ of a one_byte ASCII byte
    std::size_t growth_ = 1;        // no character folds to more than this times its bytes
};

} // namespace perr
