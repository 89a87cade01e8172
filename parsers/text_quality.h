// Is this text readable French, or garbage from a broken extraction (a
// PDF whose font was shifted, glyph ids, replacement characters)? A tree
// built from garbage would look like data and be wrong: it is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

// ErrorKind::garbled, with the reason, when the text does not read as
// language. `utf8` is well-formed UTF-8, as decode's text and the office
// readers' are: the census counts characters by their lead bytes.
Result<void> check_not_garbled(std::string_view utf8);

// One line of a readable document that is not language: a run whose font
// was shifted ("HWSURJUDPPH GH UHQRXYHOOHPHQW"), typical of PDFs with a
// broken font encoding. Too few vowels for French, or few and no common
// word among three or more long enough to judge. Acronyms ("NPNRU") are
// not words here, short lines are never judged, and a line whose letters
// are 36% vowels or more reads as French at once.
bool looks_garbled_line(std::string_view utf8);

// looks_garbled_line's first test: fewer than 12 letters, or 36% of them
// vowels or more. Letters here are the ASCII letters and the lead bytes of
// Latin-1 letters and of œ (0xC3, 0xC5); vowels "aeiouy" in either case
// and the 0xC3 leads (mostly accented vowels).
bool plainly_language(std::string_view utf8);

} // namespace perr
