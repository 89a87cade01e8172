// A Document read back from the JSON (or YAML) that perr ingest writes.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "schema/model.h"

#include "utilities/result.h"

namespace perr {

// Nullopt (and a reason) when the value is not a perr document.
Result<Document> document_from_json(const nlohmann::json& value);

// True when the value looks like a perr document (has "perr" and "children").
bool is_perr_document(const nlohmann::json& value);

} // namespace perr
