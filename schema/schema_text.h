#pragma once

#include <string_view>

namespace perr {

// The JSON Schema (draft-07) of what `perr ingest` writes; the same bytes
// as schema/perr.schema.json, compiled in.
std::string_view schema_text();

} // namespace perr
