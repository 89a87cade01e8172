// The unit every reader emits and the structuring passes read: one
// paragraph of the source with its structural signals taken apart from its
// text. Plain data, no behaviour; readers fill what their format knows.
#pragma once

#include <string>
#include <string_view>

#include "parsers/signals.h"

namespace perr {

enum class Emphasis { plain, italic, bold };

// Structure that the html-table layout adds between paragraphs: where a
// territory's part, a row's first cell, a content cell or a table begins.
enum class Boundary { none, territoire, first_cell, content_cell, table_end };

struct Paragraph {
    int number = 0;        // 1-based source line of the paragraph's first line
    int indent = 0;        // leading columns (a tab counts 4)
    bool blank = true;     // an empty line: a paragraph break
    int heading_level = 0; // markdown '#' count, HTML h1-h6, a word processor's heading style
    int list_level = 0;    // nesting of the list that holds the item (1 = outermost); 0 = none
    std::string marker;    // normalized bullet glyph (signals.h); "" when none
    Numbering numbering;   // "1.2", "A", "a" with its scheme and style; empty when none
    Emphasis emphasis = Emphasis::plain;
    bool colon = false;   // the text ended with ':' (removed from `text`)
    std::string text;     // marker, number, markup and trailing ':' removed; spaces collapsed
    std::string_view raw; // the paragraph's source text (joined lines for reassembled text)
    Boundary boundary = Boundary::none;
    bool in_run = false; // a markdown line between the rows of a table document
};

} // namespace perr
