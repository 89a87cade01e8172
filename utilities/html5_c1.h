// HTML5's reading of &#128;..&#159;: the characters of windows-1252 (&#146;
// is ’), not the C1 controls that libxml2, an HTML 4 parser, gives.
#pragma once

#include <string>

namespace perr {

// The character HTML5 reads for code point `cp` in U+0080..U+009F; every
// other code point, and the five windows-1252 leaves undefined (U+0081,
// U+008D, U+008F, U+0090, U+009D), unchanged.
char32_t html5_c1_character(char32_t cp);

// Appends html5_c1_character(cp) to `out` in UTF-8.
void append_html5_c1(std::string& out, char32_t cp);

} // namespace perr
