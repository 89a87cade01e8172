// A user's JSON Schema (perr validate --schema) checked before valijson
// parses it, and the copy valijson may see. valijson recurses without
// limit and runs std::regex on `pattern`, `patternProperties`, `format`
// and URIs; so here:
//   - `$ref` must point into the same document ("#...") at a schema;
//   - a cycle of `$ref`, allOf/anyOf/oneOf/not/if/then/else that does not
//     descend into the document (it would never end) is refused, as is a
//     chain of such keywords longer than kMaxInPlaceChain or a schema whose
//     parse would recurse deeper than kMaxSchemaRecursion;
//   - `pattern` is compiled with PCRE2 (and renamed for the PCRE2 check,
//     schema/pcre_constraints.h), `format` likewise renamed for checks
//     written without regex, `patternProperties` refused, draft-04 `id`
//     dropped.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace perr {

inline constexpr int kMaxSchemaNesting = 128;   // JSON nesting of the schema text
inline constexpr int kMaxInPlaceChain = 32;     // $ref/allOf/... steps on one value
inline constexpr int kMaxSchemaRecursion = 256; // schema objects on one parse path

// The keywords valijson sees instead of `pattern` and `format`.
inline constexpr const char* kPcrePatternKeyword = "x-perr-pcre2-pattern";
inline constexpr const char* kFormatKeyword = "x-perr-format";

// What guard_schema throws: its checks recurse through the schema, as
// valijson's parser does, and SchemaValidator::create catches both.
class SchemaError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Throws SchemaError with a message naming the schema location.
nlohmann::json guard_schema(const nlohmann::json& schema);

} // namespace perr
