// A fast yes/no check of a document against a JSON Schema, compiled once
// from the schema's keywords into a tree of checks (as ajv compiles to
// code). It answers only "valid?": when it says no, valijson runs and tells
// what is wrong and where. A schema using a keyword it does not know is
// not compiled (compile() returns nullopt) and valijson always runs.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace perr {

class TapeView;

class CompiledSchema {
  public:
    static std::optional<CompiledSchema> compile(const nlohmann::json& schema);
    ~CompiledSchema();
    CompiledSchema(CompiledSchema&&) noexcept;
    CompiledSchema& operator=(CompiledSchema&&) noexcept;

    bool valid(const nlohmann::json& doc) const;
    bool valid_on_tape(const TapeView& doc) const; // the same answer on simdjson's tape

  private:
    CompiledSchema();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace perr
