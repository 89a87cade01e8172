// Stage 5: classified blocks -> the outline (build_outline): where each node
// goes and what its kind rests on. Applies STRUCTURE.md's rules: labels and
// headings name kinds, numbering paths and markers nest (markers by first
// appearance), a colon introduces children, summaries are prose. The kinds
// themselves are the kind pass's (kind_pass.h).
#pragma once

#include <string>
#include <vector>

#include "parsers/classify.h"
#include "parsers/kinds.h"
#include "parsers/node_arena.h"
#include "schema/model.h"

namespace perr {

// Nodes nest at most this deep; deeper input attaches at the limit, so
// hostile nesting cannot exhaust the stack of any later recursive pass.
inline constexpr std::size_t kMaxDepth = 48;

// The outline pass over the blocks. Neither the blocks nor their
// paragraphs are referred to by the result: the caller may free them
// before nesting. The plan decides the level of numbered headings.
NodeArena build_outline(const std::vector<Block>& blocks, const LevelPlan& plan,
                        const Vocabulary& vocab);

// build_outline, assign_kinds, then nest.
std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab);

} // namespace perr
