// Stage 3: one reader per layout, behind one signature. Each turns the
// decoded text into Lines (real or, for HTML, virtual ones built from the
// markup), which classify_lines and assign_levels then read alike.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/detect.h"
#include "parsers/line_lexer.h"

namespace perr {

struct LineDocument {
    std::deque<std::string> storage; // text of virtual lines (Line::raw points here)
    std::vector<Line> lines;
    int markup_errors = 0;           // malformed HTML repaired by libxml2
    int first_markup_error_line = 0; // source line of the first; 0 when none

    // Appends a virtual line made from `text`, attributed to source line `number`.
    Line& add(std::string text, int number);
    Line& add_boundary(Boundary b, int number, std::string text = {});
};

LineDocument read_text_lines(std::string_view text); // text, web, markdown
LineDocument read_html_table(std::string_view text);
LineDocument read_html_page(std::string_view text);

LineDocument read_layout(Layout layout, std::string_view text);

} // namespace perr
