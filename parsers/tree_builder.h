// Stage 5: classified blocks -> the protocol tree (assign_levels). Applies
// STRUCTURE.md's rules: labels name kinds, markers nest by first
// appearance, a colon introduces children, summaries are prose; where
// nothing names a kind, parsers/kinds.h gives it from the parent's.
#pragma once

#include <string>
#include <vector>

#include "parsers/classify.h"
#include "parsers/kinds.h"
#include "schema/model.h"

namespace perr {

// Nodes nest at most this deep; deeper input attaches at the limit, so
// hostile nesting cannot exhaust the stack of any later recursive pass.
inline constexpr std::size_t kMaxDepth = 48;

// One node of the tree before nesting: its parent by index.
struct ArenaNode {
    Kind kind;
    std::string number;
    std::string title;
    std::string text;
    int line;
    int parent; // index in the arena, -1 for the document
    std::size_t depth;
};

// The whole tree as an arena in document order: a parent precedes its
// children, siblings keep their order.
struct NodeArena {
    std::vector<ArenaNode> nodes;
};

// The structuring pass over the blocks. Neither the blocks nor their
// paragraphs are referred to by the result: the caller may free them
// before nesting.
NodeArena build_arena(const std::vector<Block>& blocks, const LevelPlan& plan,
                      const Vocabulary& vocab);

// The arena as nested nodes (iterative: no recursion over input depth).
std::vector<Node> nest(NodeArena tree);

// build_arena, then nest.
std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab);

} // namespace perr
