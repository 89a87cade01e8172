#include "schema/quick_json.h"

#include <simdjson.h>
#include <unordered_set>

#include "schema/json_view.h"
#include "schema/position.h"

namespace perr {
namespace {

// The checked reader refuses a key given twice in one object; simdjson
// keeps both, so the tape is searched for them. Small objects (all of a
// perr export's) are compared pairwise, large ones through a set.
bool unique_keys(simdjson::dom::object o) {
    constexpr std::size_t kPairwise = 16;
    std::vector<std::string_view> keys;
    for (simdjson::dom::key_value_pair field : o) keys.push_back(field.key);
    if (keys.size() <= kPairwise) {
        for (std::size_t i = 1; i < keys.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (keys[i] == keys[j]) return false;
        return true;
    }
    std::unordered_set<std::string_view> seen;
    for (std::string_view k : keys)
        if (!seen.insert(k).second) return false;
    return true;
}

// Depth is bounded by the parser's max_depth, so recursion is too.
bool no_duplicate_keys(simdjson::dom::element v) {
    if (v.is_object()) {
        simdjson::dom::object o = v.get_object().value_unsafe();
        if (!unique_keys(o)) return false;
        for (simdjson::dom::key_value_pair field : o)
            if (!no_duplicate_keys(field.value)) return false;
    } else if (v.is_array()) {
        simdjson::dom::array a = v.get_array().value_unsafe();
        for (simdjson::dom::element item : a)
            if (!no_duplicate_keys(item)) return false;
    }
    return true;
}

std::size_t end_of_value(std::string_view text) {
    std::size_t last = text.find_last_not_of(" \t\r\n");
    return last == std::string_view::npos ? text.size() : last + 1;
}

} // namespace

std::optional<QuickFindings> check_json_quickly(std::string_view text,
                                                const SchemaValidator& schema) {
    simdjson::dom::parser parser;
    // simdjson counts the document itself as a level: one less nesting than
    // the checked reader allows, so nothing it accepts is refused there.
    if (parser.allocate(text.size(), kMaxNesting) != simdjson::SUCCESS) return std::nullopt;
    simdjson::dom::element root;
    // Parsed from a padded copy (simdjson reads past the end in SIMD words).
    if (parser.parse(text.data(), text.size(), true).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    if (!root.is_object() || !no_duplicate_keys(root)) return std::nullopt;
    TapeView doc(root);
    if (schema.quick_valid(doc) != true) return std::nullopt;
    QuickFindings out;
    out.findings = check_domain_rules_on_tape(doc);
    out.begin = text.find_first_not_of(" \t\r\n");
    out.end = end_of_value(text);
    return out;
}

} // namespace perr
