// `perr validate` on one file's text: what the command runs per file, and
// what its fuzz target runs. JSON (one document, or JSON Lines) takes the
// fast path -- parsed without positions, placed only when there are
// findings; YAML (one or several documents) is read with positions.
#pragma once

#include <string_view>
#include <vector>

#include "schema/findings.h"
#include "schema/validator.h"

namespace perr {

struct CheckedText {
    std::vector<Finding> findings; // sorted by position
    int documents = 0;             // how many documents the file holds
};

CheckedText check_text(std::string_view text, const SchemaValidator& schema);

// True when the text can be a perr export (JSON, or YAML with a top-level
// "perr:" or "children:" key); a raw protocol is not.
bool looks_like_export(std::string_view text);

} // namespace perr
