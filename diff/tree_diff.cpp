#include "diff/tree_diff.h"

#include <algorithm>

#include "diff/flat_tree.h"
#include "diff/matching.h"
#include "diff/metadata_changes.h"
#include "diff/node_changes.h"
#include "diff/title_normalizer.h"

namespace perr {

std::string_view change_type_name(ChangeType t) {
    switch (t) {
    case ChangeType::added:
        return "added";
    case ChangeType::removed:
        return "removed";
    case ChangeType::reworded:
        return "reworded";
    case ChangeType::moved:
        return "moved";
    case ChangeType::moved_reworded:
        return "moved_reworded";
    case ChangeType::kind_changed:
        return "kind_changed";
    case ChangeType::number_changed:
        return "number_changed";
    default:
        return "metadata";
    }
}

bool DiffResult::unrelated() const {
    int smaller = std::min(old_nodes, new_nodes);
    return smaller >= 3 && matched * 10 < smaller;
}

int DiffResult::count(ChangeType t) const {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [&](const Change& c) { return c.type == t; }));
}

DiffResult diff_documents(const Document& old_doc, const Document& new_doc,
                          const DiffOptions& options) {
    TitleNormalizer key({true, true, options.ignore_numbering});
    TitleNormalizer compared(
        {options.ignore_case, options.ignore_accents, options.ignore_numbering});
    Folding folding{key, compared, options.ignore_case && options.ignore_accents};
    FlatTree a = flatten(old_doc, folding);
    FlatTree b = flatten(new_doc, folding);
    Matching m = match_trees(a, b, options.threshold);
    DiffResult r;
    report_metadata(old_doc, new_doc, r.changes);
    report_nodes(a, b, m, options, r.changes);
    r.old_nodes = static_cast<int>(a.nodes.size());
    r.new_nodes = static_cast<int>(b.nodes.size());
    r.matched = static_cast<int>(
        std::count_if(m.old_to_new.begin(), m.old_to_new.end(), [](int j) { return j >= 0; }));
    return r;
}

} // namespace perr
