// What changed between two versions of a protocol: nodes aligned by an
// identity that comes from context (normalized titles, where they stand,
// what they hold: see diff/matching.h), not by position; order changes
// found with a longest increasing subsequence among matched siblings, so
// only items that really moved are reported.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schema/model.h"

namespace perr {

struct DiffOptions {
    bool ignore_case = false;      // a change of case alone is not a rewording
    bool ignore_accents = false;   // nor a change of accents alone
    bool ignore_numbering = false; // numbers ("1.", "A") are not compared
    double threshold = 0.5;        // least word similarity for a rewording (0..1)
};

enum class ChangeType {
    added,
    removed,
    reworded,
    moved,
    moved_reworded,
    kind_changed,
    number_changed,
    metadata
};

// Ancestors shown in a path at most: a deeper path keeps its two ends.
inline constexpr std::size_t kPathShown = 4;

struct NodeSide {
    std::string id;
    std::string kind;
    std::string number;
    std::string title;
    int line = 0;
    std::string parent_id;         // empty at the top level
    std::vector<std::string> path; // the ancestors' titles, outermost first; "…"
                                   // between the two ends of a deeper path
};

struct WordOp {
    char op; // '=' kept, '-' removed, '+' added
    std::string text;
};

struct Change {
    ChangeType type;
    std::optional<NodeSide> old_node; // absent for added
    std::optional<NodeSide> new_node; // absent for removed
    double similarity = 1.0;          // of the titles, for rewordings
    std::vector<WordOp> words;        // word-level diff of the title
    std::string scope;                // moved: "parent" (new parent) or "position" (among siblings)
    int descendants = 0;              // added/removed: nodes below that went with it
    std::string field;                // metadata: title, territory, period, date, signatory
    std::string old_value, new_value; // metadata
    std::string group;                // the axe (and territoire) it belongs to, for reports
};

struct DiffResult {
    std::vector<Change> changes;
    int old_nodes = 0; // compared nodes (programme and sections) of each version
    int new_nodes = 0;
    int matched = 0; // nodes paired across the versions
    int count(ChangeType t) const;
    // The versions share almost nothing (under a tenth of the smaller one's
    // nodes paired): two different protocols, most likely.
    bool unrelated() const;
};

DiffResult diff_documents(const Document& old_doc, const Document& new_doc,
                          const DiffOptions& options);

std::string_view change_type_name(ChangeType t);

// Word-level diff (longest common subsequence of words).
std::vector<WordOp> diff_words(std::string_view old_text, std::string_view new_text);

} // namespace perr
