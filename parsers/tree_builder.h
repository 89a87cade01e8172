// Stage 5: classified blocks -> the protocol tree (assign_levels). Applies
// STRUCTURE.md's rules: labels name kinds, markers nest by first
// appearance, a colon introduces children, summaries are prose, and levels
// fill the default chain where nothing names them.
#pragma once

#include <vector>

#include "parsers/classify.h"
#include "schema/model.h"

namespace perr {

// Which kind an unnamed level takes below a given kind. The default chain
// is axe > objectif_strategique > objectif_operationnel > action; a claim
// such as "trois axes et quinze objectifs opérationnels" says the level
// below the axes is operational.
struct LevelPlan {
    Kind after_axe = Kind::objectif_strategique;

    Kind below(std::optional<Kind> parent) const;
};

LevelPlan plan_from_claims(const std::map<std::string, int>& claims);

// Nodes nest at most this deep; deeper input attaches at the limit, so
// hostile nesting cannot exhaust the stack of any later recursive pass.
inline constexpr std::size_t kMaxDepth = 48;

std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab);

} // namespace perr
