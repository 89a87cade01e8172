// What `perr validate` reports: one finding per problem, with the JSON
// Pointer of the value, its position in the file, and a stable rule id.
#pragma once

#include <string>
#include <vector>

namespace perr {

enum class Severity { error, warning };

struct Finding {
    std::string rule; // "PERR001" (schema) .. "PERR1xx" (domain rules)
    Severity severity = Severity::error;
    std::string pointer; // JSON Pointer of the failing value ("" = the document)
    std::string message; // for a person: what is wrong and what was expected
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;
    int document = 0; // in a file of several documents (JSON Lines, YAML "---"): 1-based
};

struct RuleInfo {
    const char* id;
    Severity severity;
    const char* summary;
};

// Every rule perr validate applies, in id order (README lists them).
const std::vector<RuleInfo>& validation_rules();

} // namespace perr
