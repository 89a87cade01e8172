#include "diff/matching.h"

#include <algorithm>
#include <unordered_map>

#include "diff/match_state.h"

namespace perr {

MatchState::MatchState(const FlatTree& old_tree, const FlatTree& new_tree)
    : a(old_tree), b(new_tree), a_to_b_(old_tree.nodes.size(), -1),
      b_to_a_(new_tree.nodes.size(), -1) {}

int MatchState::parent_match(int i) const {
    int p = na(i).parent;
    if (p < 0) return -1;
    int q = match_of_a(p);
    return q < 0 ? kParentUnmatched : q;
}

void MatchState::link(int i, int j) {
    a_to_b_[static_cast<std::size_t>(i)] = j;
    b_to_a_[static_cast<std::size_t>(j)] = i;
    pending_.emplace_back(i, j);
    ++links_;
}

void MatchState::propagate() {
    while (!pending_.empty()) {
        auto [i, j] = pending_.back();
        pending_.pop_back();
        align_children(*this, i, j);
    }
}

namespace {

// Step 1: a title that appears once in each version is the same node.
void match_unique(MatchState& s) {
    std::unordered_map<TitleId, std::pair<int, int>> count; // (old count, new count)
    std::unordered_map<TitleId, std::pair<int, int>> where; // (old index, new index)
    for (int i = 0; i < static_cast<int>(s.a.nodes.size()); ++i) {
        ++count[s.na(i).key].first;
        where[s.na(i).key].first = i;
    }
    for (int j = 0; j < static_cast<int>(s.b.nodes.size()); ++j) {
        ++count[s.nb(j).key].second;
        where[s.nb(j).key].second = j;
    }
    for (int i = 0; i < static_cast<int>(s.a.nodes.size()); ++i) {
        TitleId key = s.na(i).key;
        if (count[key] == std::pair<int, int>{1, 1}) s.link(i, where[key].second);
    }
}

// True when new node j's parent has a counterpart (or j is at the top).
bool parent_kept(const MatchState& s, int j) {
    int q = s.nb(j).parent;
    return q < 0 || !s.free_b(q);
}

// The free nodes of each version, by title.
struct FreeTitles {
    std::unordered_map<TitleId, std::vector<int>> old_nodes, new_nodes;
};

FreeTitles free_titles(const MatchState& s) {
    FreeTitles out;
    for (int i = 0; i < static_cast<int>(s.a.nodes.size()); ++i)
        if (s.free_a(i)) out.old_nodes[s.na(i).key].push_back(i);
    for (int j = 0; j < static_cast<int>(s.b.nodes.size()); ++j)
        if (s.free_b(j)) out.new_nodes[s.nb(j).key].push_back(j);
    return out;
}

// The one free new node with old free node c's title, when that title is
// free once on each side (otherwise which one it is, is the question).
int only_free_twin(const MatchState& s, int c, const FreeTitles& free) {
    TitleId key = s.na(c).key;
    auto o = free.old_nodes.find(key);
    auto n = free.new_nodes.find(key);
    if (o == free.old_nodes.end() || n == free.new_nodes.end()) return -1;
    if (o->second.size() != 1 || n->second.size() != 1 || !s.free_b(n->second[0])) return -1;
    return n->second[0];
}

// Step 3, where the children of old node i point: the parents of their
// matches, or of their only free twin.
std::unordered_map<int, int> parent_votes(const MatchState& s, int i, const FreeTitles& free) {
    const FlatNode& x = s.na(i);
    std::unordered_map<int, int> votes;
    for (int c : x.children) {
        int d = s.free_a(c) ? only_free_twin(s, c, free) : s.match_of_a(c);
        if (d < 0) continue;
        int j = s.nb(d).parent;
        if (j >= 0 && s.free_b(j) && s.nb(j).node->kind == x.node->kind) ++votes[j];
    }
    return votes;
}

// Step 3: an unmatched node goes where its children went (or where nodes
// with its children's titles are), when that is an unmatched node of the
// same kind sharing half the children. Children first (reverse document
// order), so a match can climb.
void match_bottom_up(MatchState& s) {
    FreeTitles free = free_titles(s);
    for (int i = static_cast<int>(s.a.nodes.size()); i-- > 0;) {
        const FlatNode& x = s.na(i);
        if (!s.free_a(i) || x.children.empty()) continue;
        int best = -1, most = 0;
        double best_tie = -1;
        for (auto [j, n] : parent_votes(s, i, free)) {
            // Between equal votes: the closer title, then a parent with a counterpart.
            double tie = dice(x.words, s.nb(j).words) * 2 + (parent_kept(s, j) ? 1 : 0);
            if (n > most || (n == most && (tie > best_tie || (tie == best_tie && j < best))))
                best = j, most = n, best_tie = tie;
        }
        if (best < 0) continue;
        auto both = static_cast<double>(x.children.size() + s.nb(best).children.size());
        if (2.0 * most / both >= 0.5) {
            s.link(i, best);
            s.propagate();
        }
    }
}

// Free new nodes of one title, in document order. Paired ones are dropped
// as they are met, so a title shared by thousands of nodes costs each of
// them a few looks, not thousands.
struct FreeNew {
    std::vector<int> nodes;
    std::size_t start = 0;

    template <typename Visit>
    void first_free(const MatchState& s, std::size_t wanted, Visit visit) {
        std::size_t seen = 0, end = start;
        for (; end < nodes.size() && seen < wanted; ++end)
            if (s.free_b(nodes[end])) visit(nodes[end]), ++seen;
        std::size_t kept = end; // the free ones of [start, end), packed at its end
        for (std::size_t k = end; k-- > start;)
            if (s.free_b(nodes[k])) nodes[--kept] = nodes[k];
        start = kept;
    }
};

// How much a candidate for the same title looks like the node's place.
double context_score(const MatchState& s, int i, int j) {
    const FlatNode& x = s.na(i);
    const FlatNode& y = s.nb(j);
    auto parent_key = [](const FlatTree& t, const FlatNode& n) {
        return n.parent < 0 ? TitleId{0} : t.nodes[static_cast<std::size_t>(n.parent)].key;
    };
    // A candidate under a parent that has a counterpart: pairing it explains
    // a change (nodes under an added parent come with it anyway).
    double score = parent_kept(s, j) ? 3.0 : 0.0;
    if (x.node->kind == y.node->kind) score += 4.0;
    if (parent_key(s.a, x) == parent_key(s.b, y)) score += 2.0;
    if (x.context == y.context) score += 1.0;
    if (x.position == y.position) score += 0.5;
    return score + children_similarity(s, i, j);
}

// Step 4 for old node i. While `defer`, a best candidate whose parent has
// no counterpart yet waits: that parent may still be matched (reworded,
// moved), and then the node goes with it.
void match_same_title(MatchState& s, int i, std::unordered_map<TitleId, FreeNew>& by_key,
                      bool defer) {
    constexpr std::size_t kLooked = 64; // many equal titles: the first free ones suffice
    auto it = by_key.find(s.na(i).key);
    if (it == by_key.end()) return;
    int best = -1;
    double best_score = -1;
    it->second.first_free(s, kLooked, [&](int j) {
        if (double score = context_score(s, i, j); score > best_score) best = j, best_score = score;
    });
    if (best < 0 || (defer && !parent_kept(s, best))) return;
    s.link(i, best);
    s.propagate();
}

// Step 4: identical titles anywhere, the best placed candidate first. Old
// nodes whose parent has a counterpart go first: a node inside a removed
// subtree goes with it, pairing it explains nothing.
void match_same_title(MatchState& s, bool defer) {
    std::unordered_map<TitleId, FreeNew> by_key;
    for (auto& [key, nodes] : free_titles(s).new_nodes) by_key[key].nodes = std::move(nodes);
    for (bool kept : {true, false})
        for (int i = 0; i < static_cast<int>(s.a.nodes.size()); ++i)
            if (s.free_a(i) && (s.parent_match(i) != kParentUnmatched) == kept)
                match_same_title(s, i, by_key, defer);
}

} // namespace

Matching match_trees(const FlatTree& old_tree, const FlatTree& new_tree, double threshold) {
    MatchState s(old_tree, new_tree);
    match_unique(s);
    align_children(s, -1, -1);
    s.propagate();
    for (bool defer : {true, false})
        for (int round = 0; round < 3; ++round) {
            int before = s.links();
            match_bottom_up(s);
            match_similar_in_place(s, threshold);
            match_same_title(s, defer);
            match_similar_anywhere(s, threshold, defer);
            if (s.links() == before) break;
        }
    return {s.take_old_to_new(), s.take_new_to_old()};
}

} // namespace perr
