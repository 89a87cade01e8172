// One change as a person reads it ("+ added action « … »\n    under …"),
// in plain text (coloured or not) or in markdown (every character markdown
// would take for syntax escaped, so the glyphs and titles survive
// rendering).
#pragma once

#include <string>

#include "diff/tree_diff.h"

namespace perr {

struct LineStyle {
    bool color = false;
    bool markdown = false;
};

std::string change_line(const Change& c, const LineStyle& style);

// Markdown's backslash escapes for a piece of text.
std::string markdown_escaped(const std::string& s);

} // namespace perr
