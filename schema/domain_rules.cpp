// The domain's rules beyond the schema (README, "perr validate"): each a
// small function over the JSON value, each finding with a stable rule id.
#include <array>
#include <map>
#include <set>

#include "schema/model.h"
#include "schema/positioned_json.h"
#include "schema/validator.h"

namespace perr {
namespace {

using json = nlohmann::json;

struct NodeRef {
    const json* node;
    std::string pointer;
    std::optional<Kind> parent; // nullopt: the document
};

std::optional<Kind> kind_of(const json& node) {
    if (!node.is_object() || !node.contains("kind") || !node["kind"].is_string())
        return std::nullopt;
    return kind_from_name(node["kind"].get<std::string>());
}

const json* children_of(const json& node) {
    if (!node.is_object() || !node.contains("children") || !node["children"].is_array())
        return nullptr;
    return &node["children"];
}

// Every node in document (pre-)order, without recursion over input depth.
std::vector<NodeRef> all_nodes(const json& doc) {
    std::vector<NodeRef> out;
    std::vector<NodeRef> stack;
    auto push_children = [&](const json& holder, const std::string& pointer,
                             std::optional<Kind> kind) {
        const json* kids = children_of(holder);
        if (!kids) return;
        for (std::size_t i = kids->size(); i-- > 0;)
            stack.push_back({&(*kids)[i], pointer + "/children/" + std::to_string(i), kind});
    };
    push_children(doc, "", std::nullopt);
    while (!stack.empty()) {
        NodeRef ref = stack.back();
        stack.pop_back();
        out.push_back(ref);
        push_children(*ref.node, ref.pointer, kind_of(*ref.node));
    }
    return out;
}

int rank_of(Kind k) {
    switch (k) {
    case Kind::axe:
        return 1;
    case Kind::objectif_strategique:
        return 2;
    case Kind::orientation:
        return 3;
    case Kind::objectif_operationnel:
    case Kind::enjeu:
    case Kind::priorite:
        return 4;
    case Kind::action:
        return 5;
    default:
        return 0;
    }
}

bool may_hold(std::optional<Kind> parent, Kind child) {
    if (child == Kind::texte) return true;
    if (!parent || *parent == Kind::section || *parent == Kind::territoire) return true;
    if (*parent == Kind::texte || child == Kind::section || child == Kind::territoire) return false;
    if (*parent == Kind::action && child == Kind::action) return true; // sub-actions
    return rank_of(child) > rank_of(*parent);
}

std::string title_of(const json& node) {
    return node.is_object() && node.contains("title") && node["title"].is_string()
               ? node["title"].get<std::string>()
               : std::string();
}

bool has_markup(const std::string& t) {
    for (const char* glyph :
         {"\u2794", "\u2192", "\u25CB", "\u2713", "\u2022", "\u25AA", "- ", "* ", "\u2013 "})
        if (t.rfind(glyph, 0) == 0) return true;
    if (t.find("**") != std::string::npos || t.find("__") != std::string::npos) return true;
    for (std::size_t lt = t.find('<'); lt != std::string::npos; lt = t.find('<', lt + 1)) {
        std::size_t gt = t.find('>', lt);
        char c = lt + 1 < t.size() ? t[lt + 1] : ' ';
        bool tag_start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/';
        if (gt != std::string::npos && tag_start && gt - lt < 40) return true;
    }
    return false;
}

void check_nodes(const std::vector<NodeRef>& nodes, std::vector<Finding>& out) {
    std::map<std::string, std::string> ids;
    int last_line = 0;
    for (const NodeRef& ref : nodes) {
        const json& n = *ref.node;
        auto kind = kind_of(n);
        if (n.is_object() && n.contains("id") && n["id"].is_string()) {
            auto [it, fresh] = ids.emplace(n["id"].get<std::string>(), ref.pointer);
            if (!fresh)
                out.push_back({"PERR101", Severity::error, ref.pointer + "/id",
                               "id \"" + it->first + "\" is already used by " + it->second, 0, 0});
        }
        if (kind && !may_hold(ref.parent, *kind))
            out.push_back({"PERR102", Severity::error, ref.pointer + "/kind",
                           std::string(kind_name(*ref.parent)) + " cannot hold " +
                               std::string(kind_name(*kind)),
                           0, 0});
        if (kind && *kind != Kind::texte && n.contains("title") && n["title"].is_string()) {
            std::string t = title_of(n);
            if (t.find_first_not_of(" \t\n") == std::string::npos)
                out.push_back({"PERR103", Severity::error, ref.pointer + "/title",
                               "the title is empty", 0, 0});
            else if (has_markup(t))
                out.push_back({"PERR104", Severity::error, ref.pointer + "/title",
                               "the title keeps markup: " + t.substr(0, 60), 0, 0});
        }
        if (n.is_object() && n.contains("line") && n["line"].is_number_integer()) {
            int line = n["line"].get<int>();
            if (line < last_line)
                out.push_back({"PERR109", Severity::error, ref.pointer + "/line",
                               "line " + std::to_string(line) + " comes after line " +
                                   std::to_string(last_line),
                               0, 0});
            last_line = std::max(last_line, line);
        }
    }
}

void check_sibling_titles(const std::vector<NodeRef>& nodes, const json& doc,
                          std::vector<Finding>& out) {
    auto check = [&](const json& holder, const std::string& pointer) {
        const json* kids = children_of(holder);
        if (!kids) return;
        std::map<std::pair<std::string, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < kids->size(); ++i) {
            const json& k = (*kids)[i];
            std::string t = title_of(k);
            if (t.empty() || !kind_of(k)) continue;
            auto [it, fresh] = seen.emplace(std::pair{std::string(kind_name(*kind_of(k))), t}, i);
            if (!fresh)
                out.push_back(
                    {"PERR108", Severity::warning,
                     pointer + "/children/" + std::to_string(i) + "/title",
                     "same title as sibling " + pointer + "/children/" + std::to_string(it->second),
                     0, 0});
        }
    };
    check(doc, "");
    for (const NodeRef& ref : nodes) check(*ref.node, ref.pointer);
}

bool is_iso_shaped(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool is_calendar_date(const std::string& iso) {
    int y = std::atoi(iso.substr(0, 4).c_str()), m = std::atoi(iso.substr(5, 2).c_str()),
        d = std::atoi(iso.substr(8, 2).c_str());
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[static_cast<std::size_t>(m - 1)] + (m == 2 && leap ? 1 : 0);
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
            p["end"].is_number_integer() && p["start"].get<int>() > p["end"].get<int>())
            out.push_back({"PERR106", Severity::error, "/period/start",
                           "the period starts (" + std::to_string(p["start"].get<int>()) +
                               ") after it ends (" + std::to_string(p["end"].get<int>()) + ")",
                           0, 0});
    }
}

void check_claims(const std::vector<NodeRef>& nodes, const json& doc, std::vector<Finding>& out) {
    if (!doc.contains("claims") || !doc["claims"].is_object()) return;
    std::map<std::string, int> counts;
    for (const NodeRef& ref : nodes)
        if (auto k = kind_of(*ref.node)) ++counts[std::string(kind_name(*k))];
    for (const auto& [kind, claimed] : doc["claims"].items()) {
        if (!claimed.is_number_integer()) continue;
        int actual = counts[kind];
        if (actual != claimed.get<int>())
            out.push_back({"PERR107", Severity::warning, "/claims/" + pointer_token(kind),
                           "the text announces " + std::to_string(claimed.get<int>()) + " " + kind +
                               ", the tree has " + std::to_string(actual),
                           0, 0});
    }
}

} // namespace

std::vector<Finding> check_domain_rules(const nlohmann::json& doc) {
    std::vector<Finding> out;
    if (!doc.is_object()) return out;
    std::vector<NodeRef> nodes = all_nodes(doc);
    check_nodes(nodes, out);
    check_sibling_titles(nodes, doc, out);
    check_metadata(doc, out);
    check_claims(nodes, doc, out);
    return out;
}

} // namespace perr
