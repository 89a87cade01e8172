// The fast path of `perr validate` on JSON: one document parsed by simdjson
// (no tree of maps, no positions), checked by the compiled schema and the
// domain's rules on the tape. It answers only for a document it can judge
// alone -- one well-formed document with no duplicate key, valid against
// the compiled schema; anything else (JSON Lines, a syntax error, a schema
// violation that valijson must explain) is left to the checked reader.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "schema/findings.h"
#include "schema/validator.h"

namespace perr {

struct QuickFindings {
    std::vector<Finding> findings; // pointers only; the caller places them
    std::size_t begin = 0;         // the document's byte range in the text
    std::size_t end = 0;
};

std::optional<QuickFindings> check_json_quickly(std::string_view text,
                                                const SchemaValidator& schema);

} // namespace perr
