// A perr JSON export read straight into a Document with nlohmann's SAX
// interface: no JSON tree in memory, one pass. The fast path of
// load_document (diff and stats of large exports); it gives the same
// Document as document_from_json(nlohmann::json::parse(text)).
#pragma once

#include <optional>
#include <string_view>

#include "schema/model.h"

namespace perr {

// Nullopt when the text is anything but a well-formed perr document, or
// anything unusual (a duplicate key, an unknown kind, nesting over 256
// levels): the caller then takes the general path, which says what is
// wrong.
std::optional<Document> read_perr_json(std::string_view text);

} // namespace perr
