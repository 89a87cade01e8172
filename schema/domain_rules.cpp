// The domain's rules beyond the schema (README, "perr validate"): each a
// small function over the JSON value, each finding with a stable rule id.
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "schema/format_checks.h"
#include "schema/glyphs.h"
#include "schema/model.h"
#include "schema/positioned_json.h"
#include "schema/validator.h"

namespace perr {
namespace {

using json = nlohmann::json;

// A node of the tree and where it hangs; its JSON Pointer is only spelled
// out when a finding needs it (most documents have none).
struct NodeRef {
    const json* node;
    int parent;        // index in the node list, -1: the document
    std::size_t index; // position among its siblings
    std::optional<Kind> parent_kind;
};

std::optional<Kind> kind_of(const json& node) {
    if (!node.is_object()) return std::nullopt;
    auto it = node.find("kind");
    if (it == node.end() || !it->is_string()) return std::nullopt;
    return kind_from_name(it->get_ref<const std::string&>());
}

const json* children_of(const json& node) {
    if (!node.is_object()) return nullptr;
    auto it = node.find("children");
    return it != node.end() && it->is_array() ? &*it : nullptr;
}

// Every node in document (pre-)order, without recursion over input depth.
std::vector<NodeRef> all_nodes(const json& doc) {
    std::vector<NodeRef> out;
    std::vector<NodeRef> stack;
    auto push_children = [&](const json& holder, int parent, std::optional<Kind> kind) {
        const json* kids = children_of(holder);
        if (!kids) return;
        for (std::size_t i = kids->size(); i-- > 0;)
            stack.push_back({&(*kids)[i], parent, i, kind});
    };
    push_children(doc, -1, std::nullopt);
    while (!stack.empty()) {
        NodeRef ref = stack.back();
        stack.pop_back();
        out.push_back(ref);
        push_children(*ref.node, static_cast<int>(out.size()) - 1, kind_of(*ref.node));
    }
    return out;
}

std::string pointer_of(const std::vector<NodeRef>& nodes, int i) {
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

std::string_view title_of(const json& node) {
    if (!node.is_object()) return {};
    auto it = node.find("title");
    return it != node.end() && it->is_string() ? std::string_view(it->get_ref<const std::string&>())
                                               : std::string_view();
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

void check_id(const std::vector<NodeRef>& nodes, int i,
              std::unordered_map<std::string_view, int>& ids, std::vector<Finding>& out) {
    const json& n = *nodes[static_cast<std::size_t>(i)].node;
    auto it = n.find("id");
    if (it == n.end() || !it->is_string()) return;
    auto [seen, fresh] = ids.emplace(it->get_ref<const std::string&>(), i);
    if (!fresh)
        out.push_back({"PERR101", Severity::error, pointer_of(nodes, i) + "/id",
                       "id \"" + std::string(seen->first) + "\" is already used by " +
                           pointer_of(nodes, seen->second),
                       0, 0});
}

void check_title(const std::vector<NodeRef>& nodes, int i, std::vector<Finding>& out) {
    const json& n = *nodes[static_cast<std::size_t>(i)].node;
    if (!n.contains("title") || !n["title"].is_string()) return;
    std::string_view t = title_of(n);
    if (t.find_first_not_of(" \t\n") == std::string_view::npos)
        out.push_back({"PERR103", Severity::error, pointer_of(nodes, i) + "/title",
                       "the title is empty", 0, 0});
    else if (has_markup(t))
        out.push_back({"PERR104", Severity::error, pointer_of(nodes, i) + "/title",
                       "the title keeps markup: " + std::string(t.substr(0, 60)), 0, 0});
}

void check_nodes(const std::vector<NodeRef>& nodes, std::vector<Finding>& out) {
    std::unordered_map<std::string_view, int> ids;
    ids.reserve(nodes.size());
    std::int64_t last_line = 0;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        const NodeRef& ref = nodes[k];
        int i = static_cast<int>(k);
        const json& n = *ref.node;
        if (!n.is_object()) continue;
        auto kind = kind_of(n);
        check_id(nodes, i, ids, out);
        if (kind && !may_hold(ref.parent_kind, *kind))
            out.push_back({"PERR102", Severity::error, pointer_of(nodes, i) + "/kind",
                           std::string(kind_name(*ref.parent_kind)) + " cannot hold " +
                               std::string(kind_name(*kind)),
                           0, 0});
        if (kind && *kind != Kind::texte) check_title(nodes, i, out);
        auto line = n.find("line");
        if (line != n.end() && line->is_number_integer()) {
            auto value = line->get<std::int64_t>();
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

void check_sibling_titles(const std::vector<NodeRef>& nodes, const json& doc,
                          std::vector<Finding>& out) {
    std::unordered_map<std::pair<Kind, std::string_view>, std::size_t, PairHash> seen;
    auto check = [&](const json& holder, int holder_index) {
        const json* kids = children_of(holder);
        if (!kids || kids->size() < 2) return;
        seen.clear();
        for (std::size_t i = 0; i < kids->size(); ++i) {
            const json& k = (*kids)[i];
            std::string_view t = title_of(k);
            auto kind = kind_of(k);
            if (t.empty() || !kind) continue;
            auto [it, fresh] = seen.emplace(std::pair{*kind, t}, i);
            if (fresh) continue;
            std::string holder_pointer = pointer_of(nodes, holder_index);
            out.push_back({"PERR108", Severity::warning,
                           holder_pointer + "/children/" + std::to_string(i) + "/title",
                           "same title as sibling " + holder_pointer + "/children/" +
                               std::to_string(it->second),
                           0, 0});
        }
    };
    check(doc, -1);
    for (std::size_t i = 0; i < nodes.size(); ++i) check(*nodes[i].node, static_cast<int>(i));
}

bool is_iso_shaped(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

void check_metadata(const json& doc, std::vector<Finding>& out) {
    if (doc.contains("dates") && doc["dates"].is_array())
        for (std::size_t i = 0; i < doc["dates"].size(); ++i) {
            const json& d = doc["dates"][i];
            // A date of another shape is the schema's pattern error (PERR001).
            if (d.is_object() && d.contains("date") && d["date"].is_string() &&
                is_iso_shaped(d["date"].get<std::string>()) &&
                !is_calendar_date(d["date"].get<std::string>()))
                out.push_back({"PERR105", Severity::error, "/dates/" + std::to_string(i) + "/date",
                               d["date"].get<std::string>() + " is not a calendar date", 0, 0});
        }
    if (doc.contains("period") && doc["period"].is_object()) {
        const json& p = doc["period"];
        if (p.contains("start") && p.contains("end") && p["start"].is_number_integer() &&
            p["end"].is_number_integer() &&
            p["start"].get<std::int64_t>() > p["end"].get<std::int64_t>())
            out.push_back({"PERR106", Severity::error, "/period/start",
                           "the period starts (" + std::to_string(p["start"].get<std::int64_t>()) +
                               ") after it ends (" + std::to_string(p["end"].get<std::int64_t>()) +
                               ")",
                           0, 0});
    }
}

void check_claim_findings(const std::vector<NodeRef>& nodes, const json& doc,
                          std::vector<Finding>& out) {
    if (!doc.contains("claims") || !doc["claims"].is_object()) return;
    std::array<int, kKindCount> counts{};
    for (const NodeRef& ref : nodes)
        if (auto k = kind_of(*ref.node)) ++counts[static_cast<std::size_t>(*k)];
    std::vector<std::pair<std::string, long long>> claims;
    for (const auto& [kind, claimed] : doc["claims"].items())
        if (claimed.is_number_integer()) claims.emplace_back(kind, claimed.get<std::int64_t>());
    for (const ClaimCheck& c : check_claims(claims, counts))
        if (c.known && !c.holds())
            out.push_back({"PERR107", Severity::warning, "/claims/" + pointer_token(c.kind),
                           "the text announces " + std::to_string(c.announced) + " " + c.kind +
                               ", the tree has " + std::to_string(c.counted),
                           0, 0});
}

} // namespace

std::vector<Finding> check_domain_rules(const nlohmann::json& doc) {
    std::vector<Finding> out;
    if (!doc.is_object()) return out;
    std::vector<NodeRef> nodes = all_nodes(doc);
    check_nodes(nodes, out);
    check_sibling_titles(nodes, doc, out);
    check_metadata(doc, out);
    check_claim_findings(nodes, doc, out);
    return out;
}

} // namespace perr
