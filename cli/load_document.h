#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parsers/ingest.h"
#include "schema/model.h"

namespace perr {

// A perr YAML/JSON export read back, or any other file ingested.
std::optional<Document> load_document(const std::string& path, std::string& error);

// The same on a text already read (`path` names it in the document); the
// ingester is made on first need and kept for the next call.
std::optional<Document> load_document_text(std::string_view text, const std::string& path,
                                           std::optional<Ingester>& ingester, std::string& error);

} // namespace perr
