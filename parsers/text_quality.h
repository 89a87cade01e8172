// Is this text readable French, or garbage from a broken extraction (a
// PDF whose font was shifted, glyph ids, replacement characters)? A tree
// built from garbage would look like data and be wrong: it is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perr {

// A reason when the text looks garbled, nullopt when it reads as language.
std::optional<std::string> garbled_text_reason(std::string_view utf8);

} // namespace perr
