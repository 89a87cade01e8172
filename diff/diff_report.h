// Writers of a DiffResult, streamed to their destination: a person's view
// (grouped by axe, coloured on a terminal), a versioned JSON change list for
// scripts, and markdown for a merge request. Each change costs the same
// whatever the depth of the tree: a path shows at most kPathShown titles,
// JSON names the parent by id.
#pragma once

#include <ostream>
#include <string>

#include "diff/tree_diff.h"

namespace perr {

inline constexpr int kDiffJsonVersion = 2;

struct DiffLabels {
    std::string old_path;
    std::string new_path;
};

void write_diff_text(const DiffResult& r, const DiffLabels& labels, bool color, std::ostream& out);
void write_diff_json(const DiffResult& r, const DiffLabels& labels, std::ostream& out);
void write_diff_markdown(const DiffResult& r, const DiffLabels& labels, std::ostream& out);

// "3 added, 1 removed, 2 reworded, 1 moved" (or "no changes").
std::string diff_summary(const DiffResult& r);

} // namespace perr
