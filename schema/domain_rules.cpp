// The domain's rules beyond the schema (README, "perr validate"): each a
// small function over the JSON value (nlohmann's tree or simdjson's tape),
// each finding with a stable rule id.
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "schema/format_checks.h"
#include "schema/glyphs.h"
#include "schema/json_view.h"
#include "schema/model.h"
#include "schema/positioned_json.h"
#include "schema/validator.h"

namespace perr {
namespace {

// A node of the tree and where it hangs; its JSON Pointer is only spelled
// out when a finding needs it (most documents have none).
template <class V>
struct NodeRef {
    V node;
    int parent;        // index in the node list, -1: the document
    std::size_t index; // position among its siblings
    std::optional<Kind> parent_kind;
};

template <class V>
std::optional<V> member_of_type(const V& v, std::string_view key, JsonType t) {
    if (v.type() != JsonType::object) return std::nullopt;
    auto m = v.member(key);
    if (!m || m->type() != t) return std::nullopt;
    return m;
}

template <class V>
std::optional<Kind> kind_of(const V& node) {
    auto kind = member_of_type(node, "kind", JsonType::string);
    if (!kind) return std::nullopt;
    return kind_from_name(kind->string());
}

template <class V>
std::optional<V> children_of(const V& node) {
    return member_of_type(node, "children", JsonType::array);
}

// Every node in document (pre-)order, without recursion over input depth.
template <class V>
std::vector<NodeRef<V>> all_nodes(const V& doc) {
    std::vector<NodeRef<V>> out;
    std::vector<NodeRef<V>> stack;
    std::vector<V> kids_in_order;
    auto push_children = [&](const V& holder, int parent, std::optional<Kind> kind) {
        auto kids = children_of(holder);
        if (!kids) return;
        kids_in_order.clear();
        kids->all_elements([&](const V& k) {
            kids_in_order.push_back(k);
            return true;
        });
        for (std::size_t i = kids_in_order.size(); i-- > 0;)
            stack.push_back({kids_in_order[i], parent, i, kind});
    };
    push_children(doc, -1, std::nullopt);
    while (!stack.empty()) {
        NodeRef<V> ref = stack.back();
        stack.pop_back();
        out.push_back(ref);
        push_children(ref.node, static_cast<int>(out.size()) - 1, kind_of(ref.node));
    }
    return out;
}

template <class V>
std::string pointer_of(const std::vector<NodeRef<V>>& nodes, int i) {
    std::string out;
    for (; i >= 0; i = nodes[static_cast<std::size_t>(i)].parent)
        out.insert(0, "/children/" + std::to_string(nodes[static_cast<std::size_t>(i)].index));
    return out;
}

bool may_hold(std::optional<Kind> parent, Kind child) {
    if (child == Kind::texte) return true;
    if (!parent || *parent == Kind::section || *parent == Kind::territoire) return true;
    if (*parent == Kind::texte || child == Kind::section || child == Kind::territoire) return false;
    if (*parent == Kind::action && child == Kind::action) return true; // sub-actions
    return kind_depth(child) > kind_depth(*parent);
}

template <class V>
std::string_view title_of(const V& node) {
    auto title = member_of_type(node, "title", JsonType::string);
    return title ? title->string() : std::string_view();
}

bool has_markup(std::string_view t) {
    if (starts_with_marker(t)) return true;
    if (t.find("**") != std::string_view::npos || t.find("__") != std::string_view::npos)
        return true;
    for (std::size_t lt = t.find('<'); lt != std::string_view::npos; lt = t.find('<', lt + 1)) {
        std::size_t gt = t.find('>', lt);
        char c = lt + 1 < t.size() ? t[lt + 1] : ' ';
        bool tag_start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/';
        if (gt != std::string_view::npos && tag_start && gt - lt < 40) return true;
    }
    return false;
}

template <class V>
void check_id(const std::vector<NodeRef<V>>& nodes, int i,
              std::unordered_map<std::string_view, int>& ids, std::vector<Finding>& out) {
    auto id = member_of_type(nodes[static_cast<std::size_t>(i)].node, "id", JsonType::string);
    if (!id) return;
    auto [seen, fresh] = ids.emplace(id->string(), i);
    if (!fresh)
        out.push_back({"PERR101", Severity::error, pointer_of(nodes, i) + "/id",
                       "id \"" + std::string(seen->first) + "\" is already used by " +
                           pointer_of(nodes, seen->second),
                       0, 0});
}

template <class V>
void check_title(const std::vector<NodeRef<V>>& nodes, int i, std::vector<Finding>& out) {
    auto title = member_of_type(nodes[static_cast<std::size_t>(i)].node, "title", JsonType::string);
    if (!title) return;
    std::string_view t = title->string();
    if (t.find_first_not_of(" \t\n") == std::string_view::npos)
        out.push_back({"PERR103", Severity::error, pointer_of(nodes, i) + "/title",
                       "the title is empty", 0, 0});
    else if (has_markup(t))
        out.push_back({"PERR104", Severity::error, pointer_of(nodes, i) + "/title",
                       "the title keeps markup: " + std::string(t.substr(0, 60)), 0, 0});
}

template <class V>
void check_nodes(const std::vector<NodeRef<V>>& nodes, std::vector<Finding>& out) {
    std::unordered_map<std::string_view, int> ids;
    ids.reserve(nodes.size());
    std::int64_t last_line = 0;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        const NodeRef<V>& ref = nodes[k];
        int i = static_cast<int>(k);
        const V& n = ref.node;
        if (n.type() != JsonType::object) continue;
        auto kind = kind_of(n);
        check_id(nodes, i, ids, out);
        if (kind && !may_hold(ref.parent_kind, *kind))
            out.push_back({"PERR102", Severity::error, pointer_of(nodes, i) + "/kind",
                           std::string(kind_name(*ref.parent_kind)) + " cannot hold " +
                               std::string(kind_name(*kind)),
                           0, 0});
        if (kind && *kind != Kind::texte) check_title(nodes, i, out);
        if (auto line = member_of_type(n, "line", JsonType::integer)) {
            std::int64_t value = line->integer();
            if (value < last_line)
                out.push_back({"PERR109", Severity::error, pointer_of(nodes, i) + "/line",
                               "line " + std::to_string(value) + " comes after line " +
                                   std::to_string(last_line),
                               0, 0});
            last_line = std::max(last_line, value);
        }
    }
}

struct PairHash {
    std::size_t operator()(const std::pair<Kind, std::string_view>& p) const {
        return std::hash<std::string_view>()(p.second) * 31 + static_cast<std::size_t>(p.first);
    }
};

template <class V>
void check_sibling_titles(const std::vector<NodeRef<V>>& nodes, const V& doc,
                          std::vector<Finding>& out) {
    std::unordered_map<std::pair<Kind, std::string_view>, std::size_t, PairHash> seen;
    auto check = [&](const V& holder, int holder_index) {
        auto kids = children_of(holder);
        if (!kids) return;
        seen.clear();
        std::size_t i = 0;
        kids->all_elements([&](const V& k) {
            std::size_t at = i++;
            std::string_view t = title_of(k);
            auto kind = kind_of(k);
            if (t.empty() || !kind) return true;
            auto [it, fresh] = seen.emplace(std::pair{*kind, t}, at);
            if (fresh) return true;
            std::string holder_pointer = pointer_of(nodes, holder_index);
            out.push_back({"PERR108", Severity::warning,
                           holder_pointer + "/children/" + std::to_string(at) + "/title",
                           "same title as sibling " + holder_pointer + "/children/" +
                               std::to_string(it->second),
                           0, 0});
            return true;
        });
    };
    check(doc, -1);
    for (std::size_t i = 0; i < nodes.size(); ++i) check(nodes[i].node, static_cast<int>(i));
}

bool is_iso_shaped(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

template <class V>
void check_dates(const V& doc, std::vector<Finding>& out) {
    auto dates = member_of_type(doc, "dates", JsonType::array);
    if (!dates) return;
    std::size_t i = 0;
    dates->all_elements([&](const V& d) {
        std::size_t at = i++;
        auto date = member_of_type(d, "date", JsonType::string);
        // A date of another shape is the schema's pattern error (PERR001).
        if (date && is_iso_shaped(date->string()) && !is_calendar_date(date->string()))
            out.push_back({"PERR105", Severity::error, "/dates/" + std::to_string(at) + "/date",
                           std::string(date->string()) + " is not a calendar date", 0, 0});
        return true;
    });
}

template <class V>
void check_period(const V& doc, std::vector<Finding>& out) {
    auto period = member_of_type(doc, "period", JsonType::object);
    if (!period) return;
    auto start = member_of_type(*period, "start", JsonType::integer);
    auto end = member_of_type(*period, "end", JsonType::integer);
    if (start && end && start->integer() > end->integer())
        out.push_back({"PERR106", Severity::error, "/period/start",
                       "the period starts (" + std::to_string(start->integer()) +
                           ") after it ends (" + std::to_string(end->integer()) + ")",
                       0, 0});
}

template <class V>
void check_claim_findings(const std::vector<NodeRef<V>>& nodes, const V& doc,
                          std::vector<Finding>& out) {
    auto claimed = member_of_type(doc, "claims", JsonType::object);
    if (!claimed) return;
    std::array<int, kKindCount> counts{};
    for (const NodeRef<V>& ref : nodes)
        if (auto k = kind_of(ref.node)) ++counts[static_cast<std::size_t>(*k)];
    std::vector<std::pair<std::string, long long>> claims;
    claimed->all_members([&](std::string_view kind, const V& count) {
        if (count.type() == JsonType::integer) claims.emplace_back(kind, count.integer());
        return true;
    });
    for (const ClaimCheck& c : check_claims(claims, counts))
        if (c.known && !c.holds())
            out.push_back({"PERR107", Severity::warning, "/claims/" + pointer_token(c.kind),
                           "the text announces " + std::to_string(c.announced) + " " + c.kind +
                               ", the tree has " + std::to_string(c.counted),
                           0, 0});
}

template <class V>
std::vector<Finding> domain_findings(const V& doc) {
    std::vector<Finding> out;
    if (doc.type() != JsonType::object) return out;
    std::vector<NodeRef<V>> nodes = all_nodes(doc);
    check_nodes(nodes, out);
    check_sibling_titles(nodes, doc, out);
    check_dates(doc, out);
    check_period(doc, out);
    check_claim_findings(nodes, doc, out);
    return out;
}

} // namespace

std::vector<Finding> check_domain_rules(const nlohmann::json& doc) {
    return domain_findings(TreeView(doc));
}

std::vector<Finding> check_domain_rules_on_tape(const TapeView& doc) {
    return domain_findings(doc);
}

} // namespace perr
