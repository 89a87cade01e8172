// The tree between the outline pass and nesting: nodes in document order,
// each with its parent's index. Plain data: the outline pass
// (tree_builder.h) fills it, the kind pass (kind_pass.h) gives each node its
// kind, `nest` turns it into the Node tree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parsers/kinds.h"
#include "schema/model.h"

namespace perr {

struct ArenaNode {
    KindClaim claim;
    Kind kind = Kind::texte; // set by assign_kinds from the claim
    int line = 0;
    int parent = -1; // index in the arena, -1 for the document
    std::uint32_t depth = 0;
    std::string number;
    std::string words; // the title, or a texte node's text
};

// A parent precedes its children; siblings keep their order.
struct NodeArena {
    std::vector<ArenaNode> nodes;
};

// The arena as nested nodes (iterative: no recursion over input depth).
std::vector<Node> nest(NodeArena tree);

} // namespace perr
