#include "schema/model.h"

namespace perr {
namespace {

struct KindInfo {
    Kind kind;
    std::string_view name;
    std::string_view abbrev;
};

constexpr std::array<KindInfo, kKindCount> kKinds{{
    {Kind::territoire, "territoire", "t"},
    {Kind::axe, "axe", "a"},
    {Kind::objectif_strategique, "objectif_strategique", "os"},
    {Kind::orientation, "orientation", "or"},
    {Kind::objectif_operationnel, "objectif_operationnel", "oo"},
    {Kind::action, "action", "ac"},
    {Kind::enjeu, "enjeu", "en"},
    {Kind::priorite, "priorite", "pr"},
    {Kind::section, "section", "s"},
    {Kind::texte, "texte", "x"},
}};

void assign_ids_below(std::vector<Node>& nodes, const std::string& prefix) {
    std::array<int, kKindCount> seen{};
    for (Node& n : nodes) {
        auto k = static_cast<std::size_t>(n.kind);
        ++seen[k];
        n.id = prefix;
        if (!prefix.empty()) n.id += '.';
        n.id += kKinds[k].abbrev;
        n.id += std::to_string(seen[k]);
        assign_ids_below(n.children, n.id);
    }
}

void count_below(const std::vector<Node>& nodes, std::array<int, kKindCount>& counts) {
    for (const Node& n : nodes) {
        ++counts[static_cast<std::size_t>(n.kind)];
        count_below(n.children, counts);
    }
}

} // namespace

std::string_view kind_name(Kind k) {
    return kKinds[static_cast<std::size_t>(k)].name;
}
std::string_view kind_abbrev(Kind k) {
    return kKinds[static_cast<std::size_t>(k)].abbrev;
}

std::optional<Kind> kind_from_name(std::string_view name) {
    for (const KindInfo& info : kKinds)
        if (info.name == name) return info.kind;
    return std::nullopt;
}

int kind_depth(Kind k) {
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

bool is_programme_kind(Kind k) {
    return k != Kind::section && k != Kind::texte;
}

void assign_ids(Document& doc) {
    assign_ids_below(doc.children, "");
}

std::array<int, kKindCount> count_kinds(const Document& doc) {
    std::array<int, kKindCount> counts{};
    count_below(doc.children, counts);
    return counts;
}

std::vector<ClaimCheck> check_claims(const std::vector<std::pair<std::string, long long>>& claims,
                                     const std::array<int, kKindCount>& counts) {
    std::vector<ClaimCheck> out;
    out.reserve(claims.size());
    for (const auto& [name, announced] : claims) {
        auto kind = kind_from_name(name);
        out.push_back({name, announced, kind ? counts[static_cast<std::size_t>(*kind)] : 0,
                       kind.has_value()});
    }
    return out;
}

std::vector<ClaimCheck> check_claims(const std::map<std::string, int>& claims,
                                     const std::array<int, kKindCount>& counts) {
    return check_claims(
        std::vector<std::pair<std::string, long long>>(claims.begin(), claims.end()), counts);
}

} // namespace perr
