// Schema checks (valijson on nlohmann::json) and the domain's rules, both
// as Findings with JSON Pointers; positions are attached by the caller.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "schema/findings.h"

#include "utilities/result.h"

namespace perr {

class TapeView;

class SchemaValidator {
  public:
    // Error: ErrorKind::invalid, "not a usable JSON Schema: …" (not JSON,
    // a $ref cycle, a pattern PCRE2 cannot run, what valijson refuses).
    static Result<std::unique_ptr<SchemaValidator>> create(std::string_view schema_json);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    // Every schema violation (rule PERR001), leaves only: "kind must be one
    // of …", not the chain of "failed to validate item #4" above it.
    std::vector<Finding> validate(const nlohmann::json& doc) const;

    // The compiled schema's yes/no on simdjson's tape, without valijson's
    // findings: nullopt when the schema could not be compiled.
    std::optional<bool> quick_valid(const TapeView& doc) const;

  private:
    SchemaValidator();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Rules PERR101.. on a document that passed the schema's shape checks
// (it tolerates one that did not: wrong-typed parts are skipped).
std::vector<Finding> check_domain_rules(const nlohmann::json& doc);
std::vector<Finding> check_domain_rules_on_tape(const TapeView& doc);

} // namespace perr
