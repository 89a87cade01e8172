#include "schema/compiled_schema.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>

#include "schema/json_view.h"
#include "schema/pcre_constraints.h"
#include "utilities/regex.h"

namespace perr {
namespace {

using json = nlohmann::json;

enum TypeBit : unsigned {
    kNull = 1,
    kBoolean = 2,
    kInteger = 4,
    kNumber = 8,
    kString = 16,
    kArray = 32,
    kObject = 64,
};

struct Check {
    unsigned types = 0; // 0: any
    std::vector<json> enum_values;
    std::optional<json> const_value;
    std::shared_ptr<Regex> pattern;
    std::vector<std::string> required;
    std::map<std::string, const Check*, std::less<>> properties;
    std::optional<bool> additional_allowed; // additionalProperties: false/true
    const Check* additional = nullptr;      // additionalProperties: schema
    const Check* items = nullptr;
    const Check* property_names = nullptr;
    const Check* if_ = nullptr;
    const Check* then_ = nullptr;
    const Check* else_ = nullptr;
    const Check* not_ = nullptr;
    const Check* ref = nullptr;
    std::optional<double> minimum, maximum;
    std::optional<std::size_t> min_length, max_length;
};

unsigned type_bit(const std::string& t) {
    if (t == "null") return kNull;
    if (t == "boolean") return kBoolean;
    if (t == "integer") return kInteger;
    if (t == "number") return kNumber | kInteger;
    if (t == "string") return kString;
    if (t == "array") return kArray;
    if (t == "object") return kObject;
    return 0;
}

template <class V>
unsigned type_of(const V& v) {
    switch (v.type()) {
    case JsonType::null:
        return kNull;
    case JsonType::boolean:
        return kBoolean;
    case JsonType::integer:
        return kInteger;
    case JsonType::floating: {
        // No cast to an integer type: inf or 1e300 would overflow it (UB).
        double d = v.number();
        return std::isfinite(d) && std::trunc(d) == d ? kInteger | kNumber : kNumber;
    }
    case JsonType::string:
        return kString;
    case JsonType::array:
        return kArray;
    default:
        return kObject;
    }
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

} // namespace

struct CompiledSchema::Impl {
    const json* root = nullptr;
    json root_copy;
    std::deque<Check> checks;
    std::map<std::string, const Check*> by_ref;
    const Check* top = nullptr;

    const Check* build(const json& s, bool& ok);
    bool build_keywords(const json& s, Check& c, bool& ok);
    template <class V>
    bool check(const Check& c, const V& v, int depth) const;
    template <class V>
    bool check_object(const Check& c, const V& v, int depth) const;
};

const Check* CompiledSchema::Impl::build(const json& s, bool& ok) {
    if (s.is_boolean()) { // true: anything; false: not anything
        Check& outer = checks.emplace_back();
        if (!s.get<bool>()) outer.not_ = &checks.emplace_back();
        return &outer;
    }
    if (!s.is_object()) {
        ok = false;
        return nullptr;
    }
    Check& c = checks.emplace_back();
    if (!build_keywords(s, c, ok)) ok = false;
    return &c;
}

bool CompiledSchema::Impl::build_keywords(const json& s, Check& c, bool& ok) {
    for (const auto& [key, value] : s.items()) {
        if (key == "$schema" || key == "$id" || key == "title" || key == "description" ||
            key == "definitions" || key == "$comment" || key == "default" || key == "examples")
            continue; // annotations, and definitions reached through $ref
        if (key == "type") {
            for (const json& t : value.is_array() ? value : json::array({value})) {
                if (!t.is_string() || type_bit(t.get<std::string>()) == 0) return false;
                c.types |= type_bit(t.get<std::string>());
            }
        } else if (key == "enum" && value.is_array()) {
            c.enum_values.assign(value.begin(), value.end());
        } else if (key == "const") {
            c.const_value = value;
        } else if (key == "pattern" && value.is_string()) {
            c.pattern =
                std::make_shared<Regex>(value.get<std::string>(), false, kSchemaPatternLimits);
        } else if (key == "required" && value.is_array()) {
            for (const json& r : value) c.required.push_back(r.get<std::string>());
        } else if (key == "properties" && value.is_object()) {
            for (const auto& [name, sub] : value.items()) c.properties[name] = build(sub, ok);
        } else if (key == "additionalProperties") {
            if (value.is_boolean())
                c.additional_allowed = value.get<bool>();
            else
                c.additional = build(value, ok);
        } else if (key == "items" && value.is_object()) {
            c.items = build(value, ok);
        } else if (key == "propertyNames") {
            c.property_names = build(value, ok);
        } else if (key == "if" || key == "then" || key == "else" || key == "not") {
            const Check* sub = build(value, ok);
            (key == "if"     ? c.if_
             : key == "then" ? c.then_
             : key == "else" ? c.else_
                             : c.not_) = sub;
        } else if ((key == "minimum" || key == "maximum") && value.is_number()) {
            (key == "minimum" ? c.minimum : c.maximum) = value.get<double>();
        } else if ((key == "minLength" || key == "maxLength") && value.is_number_unsigned()) {
            (key == "minLength" ? c.min_length : c.max_length) = value.get<std::size_t>();
        } else if (key == "$ref" && value.is_string() &&
                   value.get<std::string>().rfind("#/definitions/", 0) == 0) {
            std::string name = value.get<std::string>().substr(14);
            auto it = by_ref.find(name);
            if (it == by_ref.end()) {
                if (!root->contains("definitions") || !(*root)["definitions"].contains(name))
                    return false;
                // Reserve first: definitions may refer to themselves (node.children).
                Check& target = checks.emplace_back();
                by_ref[name] = &target;
                if (!build_keywords((*root)["definitions"][name], target, ok)) return false;
                c.ref = &target;
            } else {
                c.ref = it->second;
            }
        } else {
            return false; // a keyword this compiler does not know: valijson only
        }
    }
    return true;
}

template <class V>
bool CompiledSchema::Impl::check(const Check& c, const V& v, int depth) const {
    if (depth > 1000) return false;
    if (c.ref && !check(*c.ref, v, depth + 1)) return false;
    unsigned t = type_of(v);
    if (c.types != 0 && (c.types & t) == 0) return false;
    if (!c.enum_values.empty() && std::none_of(c.enum_values.begin(), c.enum_values.end(),
                                               [&](const json& e) { return v.equals(e); }))
        return false;
    if (c.const_value && !v.equals(*c.const_value)) return false;
    if (t & kString) {
        std::string_view s = v.string();
        if (c.pattern && !c.pattern->search(s)) return false;
        if (c.min_length || c.max_length) {
            std::size_t n = code_points(s);
            if ((c.min_length && n < *c.min_length) || (c.max_length && n > *c.max_length))
                return false;
        }
    }
    if ((t & (kInteger | kNumber)) && (c.minimum || c.maximum)) {
        double d = v.number();
        if ((c.minimum && d < *c.minimum) || (c.maximum && d > *c.maximum)) return false;
    }
    if ((t & kArray) && c.items &&
        !v.all_elements([&](const V& item) { return check(*c.items, item, depth + 1); }))
        return false;
    if ((t & kObject) && !check_object(c, v, depth)) return false;
    if (c.not_ && check(*c.not_, v, depth + 1)) return false;
    if (c.if_) {
        const Check* branch = check(*c.if_, v, depth + 1) ? c.then_ : c.else_;
        if (branch && !check(*branch, v, depth + 1)) return false;
    }
    return true;
}

template <class V>
bool CompiledSchema::Impl::check_object(const Check& c, const V& v, int depth) const {
    for (const std::string& r : c.required)
        if (!v.member(r)) return false;
    return v.all_members([&](std::string_view key, const V& value) {
        if (c.property_names) {
            json name(key);
            if (!check(*c.property_names, TreeView(name), depth + 1)) return false;
        }
        auto p = c.properties.find(key);
        return p != c.properties.end()   ? check(*p->second, value, depth + 1)
               : c.additional_allowed    ? *c.additional_allowed
               : c.additional != nullptr ? check(*c.additional, value, depth + 1)
                                         : true;
    });
}

CompiledSchema::CompiledSchema() : impl_(std::make_unique<Impl>()) {}
CompiledSchema::~CompiledSchema() = default;
CompiledSchema::CompiledSchema(CompiledSchema&&) noexcept = default;
CompiledSchema& CompiledSchema::operator=(CompiledSchema&&) noexcept = default;

std::optional<CompiledSchema> CompiledSchema::compile(const nlohmann::json& schema) {
    CompiledSchema out;
    out.impl_->root_copy = schema;
    out.impl_->root = &out.impl_->root_copy;
    bool ok = true;
    try {
        out.impl_->top = out.impl_->build(out.impl_->root_copy, ok);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (!ok || out.impl_->top == nullptr) return std::nullopt;
    return out;
}

bool CompiledSchema::valid(const nlohmann::json& doc) const {
    return impl_->check(*impl_->top, TreeView(doc), 0);
}

bool CompiledSchema::valid_on_tape(const TapeView& doc) const {
    return impl_->check(*impl_->top, doc, 0);
}

} // namespace perr
