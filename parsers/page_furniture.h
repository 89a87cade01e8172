// Page furniture in converted text (pdftotext, a word processor's text
// export): page numbers, form feeds, and running headers and footers that
// repeat at page boundaries. Recognised by shape and repetition, never by
// wording, and removed before paragraphs are rebuilt.
#pragma once

#include <vector>

#include "parsers/paragraph.h"

namespace perr {

// The line with every digit run written '0', folded and spaces collapsed:
// "Page 3 / 12" and "Page 4 / 12" share one key (repetition across pages).
std::string repetition_key(std::string_view raw);

// "3", "- 3 -", "Page 3", "Page 3/12", "3/12", "page 3 sur 12".
bool is_page_number(std::string_view line);

// Removes page numbers and running headers and footers from `lines` (one
// Paragraph per source line, as lex_lines makes them), and the blank line
// on each side of what it removes, so a paragraph cut by a page break
// becomes contiguous again. Returns how many lines of furniture it removed.
int remove_page_furniture(std::vector<Paragraph>& lines);

} // namespace perr
