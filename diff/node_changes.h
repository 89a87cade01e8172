// The changes a matching of two trees shows: unmatched subtrees (added,
// removed), matched nodes under another parent or with another title,
// kind or number, and siblings out of order.
#pragma once

#include <vector>

#include "diff/flat_tree.h"
#include "diff/matching.h"
#include "diff/tree_diff.h"

namespace perr {

void report_nodes(const FlatTree& old_tree, const FlatTree& new_tree, const Matching& m,
                  const DiffOptions& options, std::vector<Change>& out);

} // namespace perr
