// JSON read with the checks a hostile file needs before any recursive
// code sees it: nesting depth, duplicate keys, NUL bytes; errors carry a
// line and column. Several documents one after another, each on its own
// line (JSON Lines), are read as a list.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "schema/position.h"

namespace perr {

struct JsonDocument {
    nlohmann::json value;
    std::size_t begin = 0; // byte range of the document in the text
    std::size_t end = 0;
};

// Every document of `text` (one, or several separated by line breaks); the
// first problem with its line and column otherwise.
Result<std::vector<JsonDocument>> read_json_documents(std::string_view text,
                                                      int max_depth = kMaxNesting);

// Exactly one document.
Result<nlohmann::json> read_json(std::string_view text, int max_depth = kMaxNesting);

// "binary file (NUL byte)" at the first NUL, if any.
Result<void> check_no_nul(std::string_view text);

} // namespace perr
