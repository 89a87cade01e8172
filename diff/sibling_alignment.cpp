// Step 2 of the matching: the children of a matched pair aligned in order.
#include <algorithm>
#include <unordered_map>

#include "diff/match_state.h"

namespace perr {
namespace {

// Above this many cells the order-preserving alignment is skipped and
// equal titles are paired key by key (a parent with thousands of children).
constexpr std::size_t kMaxCells = std::size_t{1} << 20;

struct Siblings {
    std::vector<int> old_kids; // free, or matched to a child of the new parent
    std::vector<int> new_kids; // free, or matched to a child of the old parent
};

Siblings alignable(const MatchState& s, int i, int j) {
    Siblings out;
    for (int c : s.a.children_of(i))
        if (s.free_a(c) || s.nb(s.match_of_a(c)).parent == j) out.old_kids.push_back(c);
    for (int d : s.b.children_of(j))
        if (s.free_b(d) || s.na(s.match_of_b(d)).parent == i) out.new_kids.push_back(d);
    return out;
}

// What pairing old c with new d is worth: an existing pair (an anchor)
// most, then equal titles, more so with the same kind and alike children.
double pair_weight(const MatchState& s, int c, int d) {
    if (!s.free_a(c)) return s.match_of_a(c) == d ? 3.0 : 0.0;
    if (!s.free_b(d) || s.na(c).key != s.nb(d).key) return 0.0;
    double same_kind = s.na(c).node->kind == s.nb(d).node->kind ? 0.5 : 0.0;
    return 1.0 + same_kind + children_similarity(s, c, d);
}

// The heaviest order-preserving pairing (a weighted longest common
// subsequence); its pairs of free nodes are linked.
void align_in_order(MatchState& s, const Siblings& k) {
    std::size_t n = k.old_kids.size(), m = k.new_kids.size();
    std::vector<double> dp((n + 1) * (m + 1), 0.0);
    auto at = [&](std::size_t x, std::size_t y) -> double& { return dp[x * (m + 1) + y]; };
    for (std::size_t x = 1; x <= n; ++x)
        for (std::size_t y = 1; y <= m; ++y) {
            double w = pair_weight(s, k.old_kids[x - 1], k.new_kids[y - 1]);
            at(x, y) = std::max({at(x - 1, y), at(x, y - 1), w > 0 ? at(x - 1, y - 1) + w : 0.0});
        }
    for (std::size_t x = n, y = m; x > 0 && y > 0;) {
        if (at(x, y) == at(x - 1, y)) {
            --x;
        } else if (at(x, y) == at(x, y - 1)) {
            --y;
        } else {
            int c = k.old_kids[x - 1], d = k.new_kids[y - 1];
            if (s.free_a(c)) s.link(c, d);
            --x, --y;
        }
    }
}

// Too many siblings for the alignment in order: the runs at both ends that
// are equal (same pair, or free with the same title) are paired as they
// stand, which leaves the middle, where the lists differ.
void pair_common_ends(MatchState& s, Siblings& k) {
    auto equal = [&](int c, int d) {
        return s.free_a(c) ? s.free_b(d) && s.na(c).key == s.nb(d).key : s.match_of_a(c) == d;
    };
    std::vector<int>&olds = k.old_kids, &news = k.new_kids;
    std::size_t head = 0, tail = 0;
    while (head < olds.size() && head < news.size() && equal(olds[head], news[head])) ++head;
    while (tail < olds.size() - head && tail < news.size() - head &&
           equal(olds[olds.size() - 1 - tail], news[news.size() - 1 - tail]))
        ++tail;
    for (std::size_t n = 0; n < head + tail; ++n) {
        std::size_t x = n < head ? n : olds.size() - 1 - (n - head);
        std::size_t y = n < head ? n : news.size() - 1 - (n - head);
        if (s.free_a(olds[x])) s.link(olds[x], news[y]);
    }
    olds = std::vector<int>(olds.begin() + static_cast<std::ptrdiff_t>(head),
                            olds.end() - static_cast<std::ptrdiff_t>(tail));
    news = std::vector<int>(news.begin() + static_cast<std::ptrdiff_t>(head),
                            news.end() - static_cast<std::ptrdiff_t>(tail));
}

// Free old nodes of one title, in order; `next` skips those already paired.
struct Candidates {
    std::vector<int> nodes;
    std::size_t next = 0;
};

// The best of the candidates for new node d: by alike children among a few,
// the first free one among many (thousands of siblings with one title).
int best_candidate(const MatchState& s, Candidates& group, int d) {
    constexpr std::size_t kWeighed = 64;
    while (group.next < group.nodes.size() && !s.free_a(group.nodes[group.next])) ++group.next;
    if (group.nodes.size() - group.next > kWeighed)
        return group.next < group.nodes.size() ? group.nodes[group.next] : -1;
    int best = -1;
    double best_weight = 0;
    for (std::size_t k = group.next; k < group.nodes.size(); ++k)
        if (int c = group.nodes[k]; s.free_a(c))
            if (double w = pair_weight(s, c, d); w > best_weight) best = c, best_weight = w;
    return best;
}

// Equal titles left over (their order crossed, or too many siblings to
// align in order): paired by alike children.
void align_leftovers(MatchState& s, const Siblings& k) {
    std::unordered_map<TitleId, Candidates> free_old;
    for (int c : k.old_kids)
        if (s.free_a(c)) free_old[s.na(c).key].nodes.push_back(c);
    if (free_old.empty()) return;
    for (int d : k.new_kids) {
        if (!s.free_b(d)) continue;
        auto it = free_old.find(s.nb(d).key);
        if (it == free_old.end()) continue;
        if (int c = best_candidate(s, it->second, d); c >= 0) s.link(c, d);
    }
}

} // namespace

double children_similarity(const MatchState& s, int i, int j) {
    auto keys = [](const FlatTree& t, const FlatNode& n) {
        std::vector<TitleId> out;
        out.reserve(n.children.size());
        for (int c : n.children) out.push_back(t.nodes[static_cast<std::size_t>(c)].key);
        std::sort(out.begin(), out.end());
        return out;
    };
    return dice(keys(s.a, s.na(i)), keys(s.b, s.nb(j)));
}

void align_children(MatchState& s, int i, int j) {
    Siblings k = alignable(s, i, j);
    auto is_free = [&](int c) { return s.free_a(c); };
    if (std::none_of(k.old_kids.begin(), k.old_kids.end(), is_free)) return;
    if (k.old_kids.size() * k.new_kids.size() > kMaxCells) pair_common_ends(s, k);
    if (k.old_kids.size() * k.new_kids.size() <= kMaxCells) align_in_order(s, k);
    align_leftovers(s, k);
}

} // namespace perr
