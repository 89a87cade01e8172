// Lexing of one paragraph's text into signals: bullet marker, number,
// heading marks, indentation, whole-line emphasis, trailing colon. The text
// readers apply it to each source line; the HTML readers to the text of
// each block (their headings, lists and emphasis come from the DOM).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/paragraph.h"
#include "utilities/text_store.h"

namespace perr {

// Fills marker, numbering, emphasis, colon and text from `body` (a line
// without its indentation and heading marks, or a DOM block's text). The
// text is a view of `body`, which must outlive `p`, or, where markup was
// stripped, of what it keeps in `store`.
void lex_body(std::string_view body, Paragraph& p, TextStore& store);

// `s` with its markup stripped: a view of `s` where that is what remains
// (no markup, or emphasis marks around plain text), else a copy in `store`.
std::string_view stripped_text(std::string_view s, TextStore& store);

// One source line (`raw` must outlive the result: Paragraph keeps a view).
Paragraph lex_line(std::string_view raw, int number, TextStore& store);

std::vector<Paragraph> lex_lines(std::string_view text, TextStore& store);

} // namespace perr
