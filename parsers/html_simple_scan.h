// Simple HTML fragments without libxml2: text and a handful of plain tags,
// as the html-table layout's cells mostly are ("<p>…</p>", "<i>…</i>",
// their list tags turned to <br>). For such a fragment libxml2 reports no
// error and builds a tree whose walk hands the block writer the very
// events this one pass does (a unit test holds the two to it). Anything
// else is left to libxml2: an entity, an attribute, any other tag, inline
// tags misnested or left open, a </p> with no paragraph open, a '>' or a
// control character in the text, a line break.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "parsers/html_fragment.h"

namespace perr {

// The blocks of `html` (UTF-8, as decoded text always is), when it is that
// simple; nullopt when it is not.
std::optional<std::vector<HtmlBlock>> scan_simple_fragment(std::string_view html);

} // namespace perr
