#include "schema/pcre_constraints.h"

#include <memory>
#include <new>
#include <string>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>

#include "schema/format_checks.h"
#include "schema/schema_guard.h"
#include "utilities/regex.h"

namespace perr {
namespace {

using valijson::adapters::Adapter;

class PcrePattern : public valijson::constraints::PolyConstraint {
  public:
    explicit PcrePattern(std::shared_ptr<const Regex> regex) : regex_(std::move(regex)) {}

    bool validate(const Adapter& target, const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override {
        if (!target.isString() || regex_->search(target.asString())) return true;
        if (results)
            results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
        return false;
    }

  private:
    Constraint* cloneInto(void* memory) const override { return new (memory) PcrePattern(*this); }
    std::size_t sizeOf() const override { return sizeof(PcrePattern); }

    std::shared_ptr<const Regex> regex_;
};

class Format : public valijson::constraints::PolyConstraint {
  public:
    explicit Format(std::string name) : name_(std::move(name)) {}

    bool validate(const Adapter& target, const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override {
        if (!target.isString() || conforms_to_format(name_, target.asString())) return true;
        if (results) results->pushError(context, "String should be a valid " + name_ + ".");
        return false;
    }

  private:
    Constraint* cloneInto(void* memory) const override { return new (memory) Format(*this); }
    std::size_t sizeOf() const override { return sizeof(Format); }

    std::string name_;
};

std::string string_of(const Adapter& node, const char* keyword) {
    std::string s;
    if (!node.getString(s)) throw std::runtime_error(std::string(keyword) + " must be a string");
    return s;
}

class PcrePatternBuilder : public valijson::ConstraintBuilder {
  public:
    valijson::constraints::Constraint* make(const Adapter& node) const override {
        auto regex =
            std::make_shared<const Regex>(string_of(node, "pattern"), false, kSchemaPatternLimits);
        return new PcrePattern(std::move(regex));
    }
};

class FormatBuilder : public valijson::ConstraintBuilder {
  public:
    valijson::constraints::Constraint* make(const Adapter& node) const override {
        return new Format(string_of(node, "format"));
    }
};

} // namespace

void add_regex_free_constraints(valijson::SchemaParser& parser) {
    // The parser owns and deletes its builders.
    parser.addConstraintBuilder(kPcrePatternKeyword, new PcrePatternBuilder());
    parser.addConstraintBuilder(kFormatKeyword, new FormatBuilder());
}

} // namespace perr
