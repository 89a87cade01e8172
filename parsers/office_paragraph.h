// What the word-processor readers (DOCX, ODT) know of one paragraph, and how
// it becomes a Paragraph: the style gives the heading level, the list gives
// the level and the label the user sees ("1.2.3.", "a)", a bullet), the runs
// give the emphasis. Only the paragraph's own text is lexed, for a glyph, a
// number or a label typed into it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "parsers/readers.h"

namespace perr {

// A paragraph's text with how much of it was bold or italic.
struct StyledText {
    std::string text;
    std::size_t chars = 0; // non-space bytes
    std::size_t bold = 0;
    std::size_t italic = 0;
    void append(std::string_view s, bool is_bold, bool is_italic);
};

struct OfficeParagraph {
    StyledText body;
    int number = 0;        // 1-based position among the body's paragraphs
    int heading_level = 0; // Heading N style, outline level, text:h
    int list_level = 0;    // 1 = outermost list
    std::string label;     // the list's number or bullet as displayed; "" when none
};

// Appends `p` to `doc` unless its text is blank.
void add_office_paragraph(ParagraphDocument& doc, const OfficeParagraph& p);

// Counters of a numbered list's levels, formatted as a word processor
// displays them: "%1.%2." with decimal levels gives "1.2.".
std::string format_list_number(int value, std::string_view format);

} // namespace perr
