// Random edit scripts with known ground truth, for the diff property test:
// a document is copied and edited (add a node, remove a subtree, reword a
// title, move a subtree under another parent, move and reword), each edit
// on a subtree no other edit of the script touches. Nodes are told apart by
// their `line`, made unique beforehand with number_lines.
#pragma once

#include <random>
#include <set>
#include <string>
#include <vector>

#include "schema/model.h"

namespace perr::test {

// Every node gets a distinct line (document order, from 1).
void number_lines(Document& doc);

// "added <new line>", "removed <old line>", "reworded <old line> <new line>",
// "moved <old line> <new parent line>", "moved_reworded <old line> <new parent
// line>": the changes a correct diff reports (parent line 0: top level).
using ChangeKeys = std::multiset<std::string>;

struct EditScript {
    Document after;
    ChangeKeys expected;
    std::vector<std::string> steps; // what was done, for failure messages
};

EditScript random_edit_script(const Document& before, std::mt19937& rng, int edits);

// The same programme under two territoires, as in a multi-territory file
// where every commune repeats the same objectives.
Document twin_territories(const Document& doc);

} // namespace perr::test
