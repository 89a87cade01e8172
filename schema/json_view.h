// Read-only access to a parsed JSON value, the same for nlohmann's tree
// (what valijson and the positioned loaders give) and simdjson's tape (the
// fast path of `perr validate`), so the compiled schema and the domain's
// rules are written once and instantiated for both.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace perr {

enum class JsonType : std::uint8_t { null, boolean, integer, floating, string, array, object };

// A value of nlohmann's tree.
class TreeView {
  public:
    explicit TreeView(const nlohmann::json& v) : v_(&v) {}

    JsonType type() const {
        switch (v_->type()) {
        case nlohmann::json::value_t::null:
            return JsonType::null;
        case nlohmann::json::value_t::boolean:
            return JsonType::boolean;
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
            return JsonType::integer;
        case nlohmann::json::value_t::number_float:
            return JsonType::floating;
        case nlohmann::json::value_t::string:
            return JsonType::string;
        case nlohmann::json::value_t::array:
            return JsonType::array;
        default:
            return JsonType::object;
        }
    }
    bool boolean() const { return v_->get<bool>(); }
    // An integer as a cast gives it (an unsigned above 2^63 wraps).
    std::int64_t integer() const { return v_->get<std::int64_t>(); }
    double number() const { return v_->get<double>(); }
    std::string_view string() const { return v_->get_ref<const std::string&>(); }

    std::optional<TreeView> member(std::string_view key) const {
        auto it = v_->find(key);
        if (it == v_->end()) return std::nullopt;
        return TreeView(*it);
    }
    // f(key, value) for each member, in the object's order, until f says false.
    template <class F>
    bool all_members(F&& f) const {
        for (const auto& [key, value] : v_->items())
            if (!f(std::string_view(key), TreeView(value))) return false;
        return true;
    }
    template <class F>
    bool all_elements(F&& f) const {
        for (const nlohmann::json& item : *v_)
            if (!f(TreeView(item))) return false;
        return true;
    }
    std::size_t size() const { return v_->size(); }
    bool equals(const nlohmann::json& expected) const { return *v_ == expected; }

  private:
    const nlohmann::json* v_;
};

// A value of simdjson's tape: a document that parsed, with no duplicate key.
class TapeView {
  public:
    explicit TapeView(simdjson::dom::element v) : v_(v) {}

    JsonType type() const {
        switch (v_.type()) {
        case simdjson::dom::element_type::NULL_VALUE:
            return JsonType::null;
        case simdjson::dom::element_type::BOOL:
            return JsonType::boolean;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
            return JsonType::integer;
        case simdjson::dom::element_type::DOUBLE:
            return JsonType::floating;
        case simdjson::dom::element_type::STRING:
            return JsonType::string;
        case simdjson::dom::element_type::ARRAY:
            return JsonType::array;
        default:
            return JsonType::object;
        }
    }
    std::int64_t integer() const {
        if (v_.is_int64()) return v_.get_int64().value_unsafe();
        return static_cast<std::int64_t>(v_.get_uint64().value_unsafe());
    }
    double number() const {
        if (v_.is_int64()) return static_cast<double>(v_.get_int64().value_unsafe());
        if (v_.is_uint64()) return static_cast<double>(v_.get_uint64().value_unsafe());
        return v_.get_double().value_unsafe();
    }
    bool boolean() const { return v_.get_bool().value_unsafe(); }
    std::string_view string() const { return v_.get_string().value_unsafe(); }

    std::optional<TapeView> member(std::string_view key) const {
        simdjson::dom::object o = v_.get_object().value_unsafe();
        for (simdjson::dom::key_value_pair field : o)
            if (field.key == key) return TapeView(field.value);
        return std::nullopt;
    }
    template <class F>
    bool all_members(F&& f) const {
        simdjson::dom::object o = v_.get_object().value_unsafe();
        for (simdjson::dom::key_value_pair field : o)
            if (!f(field.key, TapeView(field.value))) return false;
        return true;
    }
    template <class F>
    bool all_elements(F&& f) const {
        simdjson::dom::array a = v_.get_array().value_unsafe();
        for (simdjson::dom::element item : a)
            if (!f(TapeView(item))) return false;
        return true;
    }
    // Elements or members, counted (simdjson's own size() saturates).
    std::size_t size() const;
    // nlohmann's equality: numbers compare across integer and float.
    bool equals(const nlohmann::json& expected) const;

  private:
    simdjson::dom::element v_;
};

} // namespace perr
