#include "parsers/kind_pass.h"

namespace perr {

void assign_kinds(NodeArena& arena, const LevelPlan& plan) {
    for (ArenaNode& n : arena.nodes) {
        std::optional<Kind> parent;
        if (n.parent >= 0) parent = arena.nodes[static_cast<std::size_t>(n.parent)].kind;
        n.kind = resolve_kind(n.claim, parent, plan);
    }
}

} // namespace perr
