// The tree between the outline pass and nesting: nodes in document order,
// each with its parent's index. Plain data: the outline pass
// (tree_builder.h) fills it, the kind pass (kind_pass.h) gives each node its
// kind, `nest` turns it into the Node tree.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "parsers/kinds.h"
#include "schema/model.h"
#include "utilities/text_store.h"

namespace perr {

struct ArenaNode {
    KindClaim claim;
    Kind kind = Kind::texte; // set by assign_kinds from the claim
    int line = 0;
    int parent = -1; // index in the arena, -1 for the document
    std::uint32_t depth = 0;
    std::string_view number; // of the arena's store; own_words packs numbers apart
    // The title, or a texte node's text: a view of a paragraph's text (of
    // the source text or its reader's store) or of the arena's store.
    std::string_view words;
};

// A parent precedes its children; siblings keep their order.
struct NodeArena {
    std::deque<ArenaNode> nodes;   // a deque: nest frees it from the front
    TextStore store;               // numbers, and words that no paragraph holds
    std::deque<std::string> owned; // each node's words, once own_words has run
};

// Each node's words that view `source` (all of them when it is empty)
// copied into a string of its own, so that the texts they view can be freed
// before the tree is nested, one source after the other, and the nodes take
// the strings without copying them again.
void own_words(NodeArena& tree, std::string_view source = {});

// The numbers packed into a store of their own, which replaces the arena's:
// after own_words, what the builder kept there is no longer viewed.
void own_numbers(NodeArena& tree);

// The arena as nested nodes (iterative: no recursion over input depth).
std::vector<Node> nest(NodeArena tree);

} // namespace perr
