// Which node of the new version is which node of the old one, from context
// as the best tree differs do (GumTree: Falleri et al., 2014):
//   1. titles unique on both sides anchor first;
//   2. top down, the children of every matched pair are aligned by title,
//      in order (a weighted longest common subsequence), so a repeated
//      title is matched within its already-matched parent before anywhere
//      else;
//   3. bottom up, a node is matched to the node its children went to;
//   4. what is left with an identical title anywhere, preferring the same
//      kind, the same parent title and path, similar children, the same
//      position;
//   5. rewordings by word similarity, within matched parents first.
// A node whose title and parent both match is thus never reported.
#pragma once

#include <vector>

#include "diff/flat_tree.h"

namespace perr {

struct Matching {
    std::vector<int> old_to_new; // -1: no counterpart
    std::vector<int> new_to_old;
};

Matching match_trees(const FlatTree& old_tree, const FlatTree& new_tree, double threshold);

} // namespace perr
