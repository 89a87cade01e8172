#include "schema/validator.h"

#include <set>
#include <utility>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "schema/compiled_schema.h"
#include "schema/json_reader.h"
#include "schema/pcre_constraints.h"
#include "schema/positioned_json.h"
#include "schema/schema_guard.h"

namespace perr {

const std::vector<RuleInfo>& validation_rules() {
    static const std::vector<RuleInfo> kRules{
        {"PERR000", Severity::error, "the file is not well-formed YAML or JSON"},
        {"PERR001", Severity::error, "the document does not match the JSON Schema"},
        {"PERR101", Severity::error, "two nodes have the same id"},
        {"PERR102", Severity::error, "a node holds a broader kind (an action cannot hold an axe)"},
        {"PERR103", Severity::error, "a title is empty"},
        {"PERR104", Severity::error, "a title keeps markup (<p>, **, a leading bullet glyph)"},
        {"PERR105", Severity::error, "a date is not a real calendar date"},
        {"PERR106", Severity::error, "the period starts after it ends"},
        {"PERR107", Severity::warning, "an announced count (claims) differs from the tree's count"},
        {"PERR108", Severity::warning, "two siblings have the same title"},
        {"PERR109", Severity::error, "line numbers go backwards in document order"},
    };
    return kRules;
}

struct SchemaValidator::Impl {
    nlohmann::json schema_json;
    valijson::Schema schema;
    std::optional<CompiledSchema> compiled; // the fast yes/no path
};

namespace {

// valijson's context ["<root>", "[children]", "[0]", "[kind]"] -> "/children/0/kind".
std::string to_pointer(const std::vector<std::string>& context) {
    std::string out;
    for (const std::string& c : context) {
        if (c.size() < 2 || c.front() != '[' || c.back() != ']') continue;
        std::string token = c.substr(1, c.size() - 2);
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
            token = token.substr(1, token.size() - 2);
        out += "/" + pointer_token(token);
    }
    return out;
}

bool is_wrapper(const std::string& description) {
    for (const char* prefix :
         {"Failed to validate against schema associated with property name",
          "Failed to validate item #", "Failed to validate against a conditional schema",
          "Failed to validate against child schema", "Failed to validate against dependent"})
        if (description.rfind(prefix, 0) == 0) return true;
    return false;
}

// "Object contains a property that could not be validated …: 'colour'." -> colour
std::optional<std::string> unknown_property(const std::string& description) {
    if (description.rfind("Object contains a property that could not be validated", 0) != 0)
        return std::nullopt;
    std::size_t q = description.rfind(": '");
    std::size_t end = description.rfind('\'');
    if (q == std::string::npos || end <= q + 3) return std::nullopt;
    return description.substr(q + 3, end - q - 3);
}

std::string type_name(const nlohmann::json& v) {
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "an integer";
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    default:
        return "an object";
    }
}

std::string shown(const nlohmann::json& v) {
    std::string s =
        v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); // bytes may not be UTF-8
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

// The subschema that applies at `pointer`, following properties, items and
// local $refs: used to say what was expected. Null when it cannot be told.
const nlohmann::json* schema_at(const nlohmann::json& root, const std::string& pointer) {
    const nlohmann::json* s = &root;
    auto deref = [&](const nlohmann::json* node) {
        for (int guard = 0; node && node->is_object() && node->contains("$ref") && guard < 16;
             ++guard) {
            std::string ref = (*node)["$ref"].get<std::string>();
            if (ref.rfind('#', 0) != 0) return static_cast<const nlohmann::json*>(nullptr);
            try {
                node = &root.at(nlohmann::json::json_pointer(ref.substr(1)));
            } catch (const std::exception&) {
                return static_cast<const nlohmann::json*>(nullptr);
            }
        }
        return node;
    };
    std::size_t pos = 0;
    while (s && pos < pointer.size()) {
        s = deref(s);
        if (!s || !s->is_object()) return nullptr;
        std::size_t next = pointer.find('/', pos + 1);
        std::string token =
            pointer.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        pos = next == std::string::npos ? pointer.size() : next;
        if (s->contains("properties") && (*s)["properties"].contains(token))
            s = &(*s)["properties"][token];
        else if (s->contains("items") && !token.empty() &&
                 token.find_first_not_of("0123456789") == std::string::npos)
            s = &(*s)["items"];
        else if (s->contains("additionalProperties") && (*s)["additionalProperties"].is_object())
            s = &(*s)["additionalProperties"];
        else
            return nullptr;
    }
    return deref(s);
}

std::string friendly(const nlohmann::json& schema, const nlohmann::json& doc,
                     const std::string& pointer, const std::string& description) {
    const nlohmann::json* value = nullptr;
    try {
        value = &doc.at(nlohmann::json::json_pointer(pointer));
    } catch (const std::exception&) {
    }
    const nlohmann::json* sub = schema_at(schema, pointer);
    std::string where = pointer.empty() ? "the document" : pointer.substr(pointer.rfind('/') + 1);
    if (description.rfind("Value type not permitted", 0) == 0 && value) {
        std::string expected =
            sub && sub->contains("type") ? (*sub)["type"].dump() : "another type";
        return where + " must be of type " + expected + ", not " + type_name(*value) + " " +
               shown(*value);
    }
    if (description.rfind("Failed to match against any enum values", 0) == 0 && value) {
        std::string allowed;
        if (sub && sub->contains("enum"))
            for (const auto& v : (*sub)["enum"])
                allowed += (allowed.empty() ? "" : ", ") + v.get<std::string>();
        return where + " " + shown(*value) + " is not one of: " + allowed;
    }
    if (description.rfind("Failed to match regex", 0) == 0 && value) {
        std::string pattern =
            sub && sub->contains("pattern") ? (*sub)["pattern"].get<std::string>() : "";
        return where + " " + shown(*value) + " does not match the pattern " + pattern;
    }
    if (auto name = unknown_property(description)) return "unknown property '" + *name + "'";
    if (description.rfind("Failed to match expected value set by 'const'", 0) == 0 && sub &&
        sub->contains("const") && value)
        return where + " must be " + (*sub)["const"].dump() + ", not " + shown(*value);
    if (description.rfind("Missing required property", 0) == 0) {
        std::string out =
            description.substr(0, description.size() - (description.back() == '.' ? 1 : 0));
        out[0] = 'm';
        return out;
    }
    if (value && value->is_number() && sub) {
        for (const char* bound : {"minimum", "maximum"})
            if (sub->contains(bound) &&
                description.find(bound[1] == 'i' ? "greater" : "less") != std::string::npos)
                return where + " must be " + (bound[1] == 'i' ? "at least " : "at most ") +
                       (*sub)[bound].dump() + ", not " + shown(*value);
    }
    std::string out = description;
    if (!out.empty() && out.back() == '.') out.pop_back();
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return where == "the document" ? out : where + ": " + out;
}

} // namespace

SchemaValidator::SchemaValidator() : impl_(std::make_unique<Impl>()) {}

// valijson reports a schema it cannot use by exceptions, and so does
// guard_schema (its checks recurse through the schema): this is the one
// place both become an Error.
Result<std::unique_ptr<SchemaValidator>> SchemaValidator::create(std::string_view schema_json) {
    const std::string unusable = "not a usable JSON Schema: ";
    auto parsed = read_json(schema_json, kMaxSchemaNesting);
    if (!parsed)
        return Error(ErrorKind::invalid, unusable + std::to_string(parsed.error().line) + ":" +
                                             std::to_string(parsed.error().column) + ": " +
                                             parsed.error().message);
    std::unique_ptr<SchemaValidator> v(new SchemaValidator());
    try {
        v->impl_->schema_json = std::move(parsed).value();
        nlohmann::json for_valijson = guard_schema(v->impl_->schema_json);
        valijson::SchemaParser parser;
        add_regex_free_constraints(parser);
        valijson::adapters::NlohmannJsonAdapter adapter(for_valijson);
        parser.populateSchema(adapter, v->impl_->schema);
        v->impl_->compiled = CompiledSchema::compile(v->impl_->schema_json);
    } catch (const std::bad_alloc&) {
        throw; // fatal
    } catch (const std::exception& e) {
        return Error(ErrorKind::invalid, unusable + e.what());
    }
    return v;
}

SchemaValidator::~SchemaValidator() = default;

std::optional<bool> SchemaValidator::quick_valid(const TapeView& doc) const {
    if (!impl_->compiled) return std::nullopt;
    return impl_->compiled->valid_on_tape(doc);
}

std::vector<Finding> SchemaValidator::validate(const nlohmann::json& doc) const {
    if (impl_->compiled && impl_->compiled->valid(doc)) return {};
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    if (validator.validate(impl_->schema, adapter, &results)) return {};
    std::vector<Finding> leaves, wrappers;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        Finding f{"PERR001", Severity::error, to_pointer(e.context), e.description, 0, 0};
        (is_wrapper(e.description) ? wrappers : leaves).push_back(std::move(f));
    }
    if (leaves.empty()) leaves = std::move(wrappers); // keep something to say
    for (Finding& f : leaves) {
        std::string description = std::move(f.message);
        f.message = friendly(impl_->schema_json, doc, f.pointer, description);
        if (auto name = unknown_property(description))
            f.pointer += "/" + pointer_token(*name); // point at it
    }
    // One value may break one rule twice (a keyword in properties and again
    // in if/then/else): said once.
    std::set<std::pair<std::string, std::string>> seen;
    std::erase_if(leaves,
                  [&](const Finding& f) { return !seen.emplace(f.pointer, f.message).second; });
    return leaves;
}

} // namespace perr
