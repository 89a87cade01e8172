// Stage 5: classified blocks -> the protocol tree (assign_levels). Applies
// STRUCTURE.md's rules: labels name kinds, markers nest by first
// appearance, a colon introduces children, summaries are prose; where
// nothing names a kind, parsers/kinds.h gives it from the parent's.
#pragma once

#include <vector>

#include "parsers/classify.h"
#include "parsers/kinds.h"
#include "schema/model.h"

namespace perr {

// Nodes nest at most this deep; deeper input attaches at the limit, so
// hostile nesting cannot exhaust the stack of any later recursive pass.
inline constexpr std::size_t kMaxDepth = 48;

std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab);

} // namespace perr
