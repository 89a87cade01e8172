// Stage 6, after the outline: every node's kind from its claim and its
// parent's kind (kinds.h's rules), in one forward pass; parents come first.
#pragma once

#include "parsers/kinds.h"
#include "parsers/node_arena.h"

namespace perr {

void assign_kinds(NodeArena& arena, const LevelPlan& plan);

} // namespace perr
