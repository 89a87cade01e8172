// Writers of a DiffResult: a person's view (grouped by axe, coloured on a
// terminal), a versioned JSON change list for scripts, and markdown for a
// merge request.
#pragma once

#include <string>

#include "diff/tree_diff.h"

namespace perr {

struct DiffLabels {
    std::string old_path;
    std::string new_path;
};

std::string render_diff_text(const DiffResult& r, const DiffLabels& labels, bool color);
std::string render_diff_json(const DiffResult& r, const DiffLabels& labels);
std::string render_diff_markdown(const DiffResult& r, const DiffLabels& labels);

// "3 added, 1 removed, 2 reworded, 1 moved" (or "no changes").
std::string diff_summary(const DiffResult& r);

} // namespace perr
