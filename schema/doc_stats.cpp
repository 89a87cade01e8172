#include "schema/doc_stats.h"

#include <algorithm>

namespace perr {
namespace {

void count(const Node& n, std::size_t depth, PartStats& part) {
    if (n.kind == Kind::texte) return;
    ++part.counts[static_cast<std::size_t>(n.kind)];
    part.depth = std::max(part.depth, depth);
    for (const Node& c : n.children) count(c, depth + 1, part);
}

bool has_counted_nodes(const PartStats& p) {
    return std::any_of(p.counts.begin(), p.counts.end(), [](int c) { return c > 0; });
}

std::vector<PartStats> territory_parts(const Document& doc) {
    std::vector<PartStats> parts;
    PartStats outside{"(outside territories)", {}, 0};
    for (const Node& n : doc.children) {
        if (n.kind != Kind::territoire) {
            count(n, 1, outside);
            continue;
        }
        PartStats part{n.title, {}, 0};
        for (const Node& c : n.children) count(c, 1, part);
        parts.push_back(part);
    }
    if (has_counted_nodes(outside)) parts.push_back(outside);
    return parts;
}

} // namespace

DocumentStats document_stats(const Document& doc) {
    DocumentStats stats;
    stats.whole.territory = doc.territory;
    for (const Node& n : doc.children) count(n, 1, stats.whole);
    bool several = std::any_of(doc.children.begin(), doc.children.end(),
                               [](const Node& n) { return n.kind == Kind::territoire; });
    // territoire nodes are parts, not counted as kinds of the programme
    stats.whole.counts[static_cast<std::size_t>(Kind::territoire)] = 0;
    stats.parts = several ? territory_parts(doc) : std::vector<PartStats>{stats.whole};
    stats.whole.depth = 0; // levels below a territory, as for the parts
    for (const PartStats& p : stats.parts) stats.whole.depth = std::max(stats.whole.depth, p.depth);
    stats.claims = check_claims(doc.claims, stats.whole.counts);
    return stats;
}

} // namespace perr
