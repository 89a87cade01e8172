// Step 5 of the matching: rewordings, by word similarity (dice of the
// words of the folded titles), within matched parents first, then across
// the whole tree.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "diff/match_state.h"

namespace perr {
namespace {

struct Pair {
    double score;
    int i, j;
    bool kept; // both parents have a counterpart
};

double similarity(const MatchState& s, int i, int j) {
    double d = dice(s.na(i).words, s.nb(j).words);
    return s.na(i).node->kind == s.nb(j).node->kind ? d : d * 0.9;
}

// Between equally similar pairs (titles repeated), the one whose parents
// have counterparts: a node inside a removed or added subtree goes with it.
bool new_parent_kept(const MatchState& s, int j) {
    int q = s.nb(j).parent;
    return q < 0 || !s.free_b(q);
}

bool parents_kept(const MatchState& s, int i, int j) {
    return s.parent_match(i) != kParentUnmatched && new_parent_kept(s, j);
}

std::vector<int> free_children(const FlatTree& t, int parent, const MatchState& s, bool old) {
    std::vector<int> out;
    for (int c : t.children_of(parent))
        if (old ? s.free_a(c) : s.free_b(c)) out.push_back(c);
    return out;
}

// Free children of each matched pair, compared with each other.
std::vector<Pair> in_place_pairs(const MatchState& s, double threshold) {
    constexpr std::size_t kMaxPairs = 4096; // per parent; larger lists go to the index
    std::vector<Pair> pairs;
    for (int p = -1; p < static_cast<int>(s.a.nodes.size()); ++p) {
        int q = p < 0 ? -1 : s.match_of_a(p);
        if (p >= 0 && q < 0) continue;
        std::vector<int> olds = free_children(s.a, p, s, true);
        if (olds.empty()) continue;
        std::vector<int> news = free_children(s.b, q, s, false);
        if (olds.size() * news.size() > kMaxPairs) continue;
        for (int i : olds)
            for (int j : news)
                if (double score = similarity(s, i, j); score >= threshold)
                    pairs.push_back({score, i, j, parents_kept(s, i, j)});
    }
    return pairs;
}

// Free nodes anywhere that share a rare word (an inverted index), so the
// work stays near-linear.
std::vector<Pair> indexed_pairs(const MatchState& s, double threshold) {
    constexpr std::size_t kCommon = 64;      // words in more free titles than this are no keys
    constexpr std::size_t kCandidates = 256; // per node
    std::unordered_map<WordId, std::vector<int>> index;
    for (int j = 0; j < static_cast<int>(s.b.nodes.size()); ++j)
        if (s.free_b(j))
            for (WordId w : s.nb(j).words)
                if (auto& list = index[w]; list.empty() || list.back() != j) list.push_back(j);
    std::vector<Pair> pairs;
    std::unordered_set<int> seen;
    for (int i = 0; i < static_cast<int>(s.a.nodes.size()); ++i) {
        if (!s.free_a(i)) continue;
        seen.clear();
        for (WordId w : s.na(i).words) {
            auto it = index.find(w);
            if (it == index.end() || it->second.size() > kCommon) continue;
            for (int j : it->second) {
                if (seen.size() >= kCandidates || !seen.insert(j).second) continue;
                if (double score = similarity(s, i, j); score >= threshold)
                    pairs.push_back({score, i, j, parents_kept(s, i, j)});
            }
        }
    }
    return pairs;
}

// While `defer`, a pair whose new node's parent has no counterpart yet
// waits: that parent may still be matched, and the node go with it.
void link_best_first(MatchState& s, std::vector<Pair> pairs, bool defer) {
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return x.score > y.score || (x.score == y.score && x.kept && !y.kept);
    });
    for (const Pair& p : pairs)
        if (s.free_a(p.i) && s.free_b(p.j) && !(defer && !new_parent_kept(s, p.j))) {
            s.link(p.i, p.j);
            s.propagate();
        }
}

} // namespace

void match_similar_in_place(MatchState& s, double threshold) {
    link_best_first(s, in_place_pairs(s, threshold), false);
}

void match_similar_anywhere(MatchState& s, double threshold, bool defer) {
    link_best_first(s, indexed_pairs(s, threshold), defer);
}

} // namespace perr
