#pragma once

#include <optional>
#include <string>

#include "schema/model.h"

namespace perr {

// A perr YAML/JSON export read back, or any other file ingested.
std::optional<Document> load_document(const std::string& path, std::string& error);

} // namespace perr
