// Stage 3: one reader per layout, behind one signature. Each turns the
// decoded text into Paragraphs with their signals; classify_lines and
// assign_levels then read every layout alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/detect.h"
#include "parsers/line_lexer.h"
#include "parsers/vocabulary.h"

#include "utilities/result.h"
#include "utilities/text_store.h"

namespace perr {

struct ParagraphDocument {
    TextStore storage; // text of joined or built paragraphs (Paragraph::raw points here)
    std::vector<Paragraph> paragraphs;
    int markup_errors = 0;           // malformed HTML repaired by libxml2
    int first_markup_error_line = 0; // source line of the first; 0 when none
    int furniture_lines = 0;         // page numbers, running headers and footers removed
    std::string refusal; // non-empty: the text cannot be read whole (why), nothing is kept

    // Appends a paragraph lexed from `text`, attributed to source line `number`.
    Paragraph& add(std::string_view text, int number);
};

// Line-based layouts (text, web, markdown): lines lexed, page furniture
// removed, hard-wrapped paragraphs rejoined.
ParagraphDocument read_text(std::string_view text, const Vocabulary& vocab);
ParagraphDocument read_html_table(std::string_view text);
ParagraphDocument read_html_page(std::string_view text);

// Error: ErrorKind::too_deep when HTML nests past perr's guard (the reader's
// refusal): nothing is kept rather than a part.
Result<ParagraphDocument> read_layout(Layout layout, std::string_view text,
                                      const Vocabulary& vocab);

} // namespace perr
