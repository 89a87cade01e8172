// The matching under construction, shared by its phases (matching.cpp,
// sibling_alignment.cpp, similar_match.cpp). Every new pair queues the
// alignment of its children, so a match spreads down the tree.
#pragma once

#include <utility>
#include <vector>

#include "diff/flat_tree.h"

namespace perr {

inline constexpr int kParentUnmatched = -2;

class MatchState {
  public:
    MatchState(const FlatTree& old_tree, const FlatTree& new_tree);

    const FlatTree& a; // old
    const FlatTree& b; // new

    bool free_a(int i) const { return a_to_b_[static_cast<std::size_t>(i)] < 0; }
    bool free_b(int j) const { return b_to_a_[static_cast<std::size_t>(j)] < 0; }
    int match_of_a(int i) const { return a_to_b_[static_cast<std::size_t>(i)]; }
    int match_of_b(int j) const { return b_to_a_[static_cast<std::size_t>(j)]; }
    const FlatNode& na(int i) const { return a.nodes[static_cast<std::size_t>(i)]; }
    const FlatNode& nb(int j) const { return b.nodes[static_cast<std::size_t>(j)]; }

    // Where the parent of old node i went: a new index, -1 for the document,
    // kParentUnmatched when the parent has no counterpart.
    int parent_match(int i) const;

    void link(int i, int j);
    // Aligns the children of every pair linked since the last call (and of
    // the pairs that alignment links), until nothing is left to align.
    void propagate();

    int links() const { return links_; }
    std::vector<int> take_old_to_new() { return std::move(a_to_b_); }
    std::vector<int> take_new_to_old() { return std::move(b_to_a_); }

  private:
    std::vector<int> a_to_b_, b_to_a_;
    std::vector<std::pair<int, int>> pending_;
    int links_ = 0;
};

// Step 2 for one pair (-1, -1: the two documents).
void align_children(MatchState& s, int i, int j);

// How alike the children of old i and new j are (dice of their title keys).
double children_similarity(const MatchState& s, int i, int j);

// Step 5: rewordings among the free children of matched pairs, then
// anywhere (while `defer`, not yet into a parent without counterpart).
void match_similar_in_place(MatchState& s, double threshold);
void match_similar_anywhere(MatchState& s, double threshold, bool defer);

} // namespace perr
