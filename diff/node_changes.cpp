#include "diff/node_changes.h"

#include <algorithm>
#include <map>

namespace perr {
namespace {

struct Side {
    const FlatTree& tree;
    const std::vector<int>& match; // index in the other version, -1 when none
};

const FlatNode& at(const Side& s, int i) {
    return s.tree.nodes[static_cast<std::size_t>(i)];
}

int match_of(const Side& s, int i) {
    return s.match[static_cast<std::size_t>(i)];
}

// The ancestors' titles, outermost first; a deep path keeps its two ends
// with "…" between, so that a change costs the same at any depth.
std::vector<std::string> path_of(const Side& s, int i) {
    std::vector<int> up;
    for (int p = at(s, i).parent; p >= 0; p = at(s, p).parent) up.push_back(p);
    std::vector<std::string> path;
    for (std::size_t k = up.size(); k-- > 0;) {
        std::size_t from_top = up.size() - 1 - k;
        if (up.size() <= kPathShown || from_top < kPathShown / 2 || k < kPathShown / 2)
            path.push_back(at(s, up[k]).node->title);
        else if (from_top == kPathShown / 2)
            path.emplace_back("\u2026");
    }
    return path;
}

NodeSide side_of(const Side& s, int i) {
    const FlatNode& f = at(s, i);
    std::string parent_id = f.parent < 0 ? std::string() : at(s, f.parent).node->id;
    return {f.node->id,     std::string(kind_name(f.node->kind)),
            f.node->number, f.node->title,
            f.node->line,   std::move(parent_id),
            path_of(s, i)};
}

// The axe (with its territoire) a node belongs to, for grouping reports:
// the innermost of each.
std::string group_of(const Side& s, int i) {
    const Node* axe = nullptr;
    const Node* territoire = nullptr;
    for (int p = i; p >= 0 && !territoire; p = at(s, p).parent) {
        const Node* n = at(s, p).node;
        if (n->kind == Kind::axe && !axe) axe = n;
        if (n->kind == Kind::territoire) territoire = n;
    }
    if (axe && territoire) return territoire->title + " \u203A " + axe->title;
    if (axe || territoire) return (axe ? axe : territoire)->title;
    return "(outside the axes)";
}

int descendants(const Side& s, int i) {
    return at(s, i).size - 1;
}

// Added or removed nodes, reported at the top of each unmatched subtree.
void report_unmatched(const Side& s, ChangeType type, std::vector<Change>& out) {
    for (int i = 0; i < static_cast<int>(s.tree.nodes.size()); ++i) {
        if (match_of(s, i) >= 0) continue;
        int p = at(s, i).parent;
        if (p >= 0 && match_of(s, p) < 0) continue; // inside an unmatched subtree
        Change c{type, {}, {}, 1.0, {}, {}, descendants(s, i), {}, {}, {}, group_of(s, i)};
        (type == ChangeType::added ? c.new_node : c.old_node) = side_of(s, i);
        out.push_back(std::move(c));
    }
}

// Longest increasing subsequence: the siblings that kept their relative
// order; the others moved among their siblings.
std::vector<bool> kept_in_order(const std::vector<int>& seq) {
    std::vector<int> tails, tail_at, prev(seq.size(), -1);
    for (int k = 0; k < static_cast<int>(seq.size()); ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), seq[static_cast<std::size_t>(k)]);
        auto len = static_cast<std::size_t>(it - tails.begin());
        if (it == tails.end()) {
            tails.push_back(seq[static_cast<std::size_t>(k)]);
            tail_at.push_back(k);
        } else {
            *it = seq[static_cast<std::size_t>(k)];
            tail_at[len] = k;
        }
        prev[static_cast<std::size_t>(k)] = len > 0 ? tail_at[len - 1] : -1;
    }
    std::vector<bool> kept(seq.size(), false);
    for (int k = tail_at.empty() ? -1 : tail_at.back(); k >= 0;
         k = prev[static_cast<std::size_t>(k)])
        kept[static_cast<std::size_t>(k)] = true;
    return kept;
}

bool same_parent(const Side& a, const Side& b, int i, int j) {
    int p = at(a, i).parent, q = at(b, j).parent;
    if (p < 0 || q < 0) return p < 0 && q < 0;
    return match_of(a, p) == q;
}

void report_matched(const Side& a, const Side& b, const DiffOptions& o, std::vector<Change>& out) {
    for (int i = 0; i < static_cast<int>(a.tree.nodes.size()); ++i) {
        int j = match_of(a, i);
        if (j < 0) continue;
        const FlatNode& x = at(a, i);
        const FlatNode& y = at(b, j);
        bool moved = !same_parent(a, b, i, j);
        bool reworded = x.compared != y.compared;
        auto make = [&](ChangeType t) {
            Change c{t, side_of(a, i), side_of(b, j), 1.0, {}, {}, 0, {}, {}, {}, group_of(b, j)};
            if (t == ChangeType::moved || t == ChangeType::moved_reworded) c.scope = "parent";
            return c;
        };
        if (moved || reworded) {
            Change c = make(moved ? (reworded ? ChangeType::moved_reworded : ChangeType::moved)
                                  : ChangeType::reworded);
            if (reworded) {
                c.similarity = dice(x.words, y.words);
                c.words = diff_words(x.node->title, y.node->title);
            }
            out.push_back(std::move(c));
        }
        if (x.node->kind != y.node->kind) out.push_back(make(ChangeType::kind_changed));
        if (!o.ignore_numbering && x.node->number != y.node->number)
            out.push_back(make(ChangeType::number_changed));
    }
}

void report_reordered(const Side& a, const Side& b, std::vector<Change>& out) {
    std::map<int, std::vector<int>>
        by_parent; // new parent -> matched children kept under it, in new order
    for (int j = 0; j < static_cast<int>(b.tree.nodes.size()); ++j) {
        int i = match_of(b, j);
        if (i >= 0 && same_parent(a, b, i, j)) by_parent[at(b, j).parent].push_back(j);
    }
    for (const auto& [parent, kids] : by_parent) {
        std::vector<int> old_positions;
        for (int j : kids) old_positions.push_back(at(a, match_of(b, j)).position);
        std::vector<bool> kept = kept_in_order(old_positions);
        for (std::size_t k = 0; k < kids.size(); ++k) {
            if (kept[k]) continue;
            int j = kids[k], i = match_of(b, j);
            Change c{
                ChangeType::moved, side_of(a, i), side_of(b, j), 1.0, {}, "position", 0, {}, {}, {},
                group_of(b, j)};
            out.push_back(std::move(c));
        }
    }
}

} // namespace

void report_nodes(const FlatTree& old_tree, const FlatTree& new_tree, const Matching& m,
                  const DiffOptions& options, std::vector<Change>& out) {
    Side a{old_tree, m.old_to_new}, b{new_tree, m.new_to_old};
    report_unmatched(a, ChangeType::removed, out);
    report_unmatched(b, ChangeType::added, out);
    report_matched(a, b, options, out);
    report_reordered(a, b, out);
}

} // namespace perr
