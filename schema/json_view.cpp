#include "schema/json_view.h"

namespace perr {

std::size_t TapeView::size() const {
    std::size_t n = 0;
    if (type() == JsonType::array)
        all_elements([&](TapeView) { return ++n > 0; });
    else if (type() == JsonType::object)
        all_members([&](std::string_view, TapeView) { return ++n > 0; });
    return n;
}

namespace {

// nlohmann compares two integers as integers (an unsigned cast to signed),
// and a float with anything as doubles.
bool same_number(const TapeView& v, const nlohmann::json& expected) {
    if (v.type() == JsonType::integer && !expected.is_number_float())
        return v.integer() == expected.get<std::int64_t>();
    return v.number() == expected.get<double>();
}

bool same_members(const TapeView& v, const nlohmann::json& expected) {
    if (v.size() != expected.size()) return false;
    return v.all_members([&](std::string_view key, TapeView value) {
        auto it = expected.find(key);
        return it != expected.end() && value.equals(*it);
    });
}

bool same_elements(const TapeView& v, const nlohmann::json& expected) {
    if (v.size() != expected.size()) return false;
    std::size_t i = 0;
    return v.all_elements([&](TapeView item) { return item.equals(expected[i++]); });
}

} // namespace

bool TapeView::equals(const nlohmann::json& expected) const {
    JsonType t = type();
    switch (expected.type()) {
    case nlohmann::json::value_t::null:
        return t == JsonType::null;
    case nlohmann::json::value_t::boolean:
        return t == JsonType::boolean && boolean() == expected.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return (t == JsonType::integer || t == JsonType::floating) && same_number(*this, expected);
    case nlohmann::json::value_t::string:
        return t == JsonType::string && string() == expected.get_ref<const std::string&>();
    case nlohmann::json::value_t::array:
        return t == JsonType::array && same_elements(*this, expected);
    case nlohmann::json::value_t::object:
        return t == JsonType::object && same_members(*this, expected);
    default:
        return false; // binary and discarded values are never parsed from JSON
    }
}

} // namespace perr
