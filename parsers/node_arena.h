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
    std::uint8_t depth = 0;  // below kMaxDepth
    int line = 0;
    int parent = -1;          // index in the arena, -1 for the document
    std::uint32_t number = 0; // 1 + its index in the arena's numbers; 0 for none
    // The title, or a texte node's text: a view of a paragraph's text (of
    // the source text or its reader's store) or of the arena's store.
    std::string_view words;
};

// A parent precedes its children; siblings keep their order.
struct NodeArena {
    std::deque<ArenaNode> nodes;      // a deque: nest frees it from the front
    TextStore store;                  // words that no paragraph holds
    std::vector<std::string> numbers; // few nodes have one: held apart (40-byte nodes)
    std::deque<std::string> owned;    // each node's words, once own_words has run

    std::string_view number_of(const ArenaNode& n) const {
        return n.number == 0 ? std::string_view() : numbers[n.number - 1];
    }
};

// Each node's words that view `source` (all of them when it is empty, and
// then the arena's store is freed) copied into a string of its own, so that
// the texts they view can be freed before the tree is nested, one source
// after the other, and the nodes take the strings without copying them again.
void own_words(NodeArena& tree, std::string_view source = {});

// The arena as nested nodes (iterative: no recursion over input depth).
std::vector<Node> nest(NodeArena tree);

} // namespace perr
