// Kinds for what no label names: STRUCTURE.md's default chain, bent by the
// document's claims, and the hints of bullet glyphs. Stateless: the outline
// pass records what each node's kind rests on (a KindClaim), and the kind
// pass (kind_pass.h) resolves the claims from the root down.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

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

// An item's kind under `parent`: the kind its glyph names ("➔" an
// orientation) when that is deeper than the parent, else the plan's.
Kind hinted_kind(std::string_view marker, std::optional<Kind> parent, const LevelPlan& plan);

// What a node's kind rests on. A label, a heading's level, a group label or
// an announcement names it outright; a list item's kind comes from its
// parent's: the second kind of a two-kind group label under a node of its
// first kind, else the glyph's hint, else the default chain.
struct KindClaim {
    std::optional<Kind> named;
    std::optional<Kind> glyph; // glyph_kind of the item's marker
    std::optional<Kind> under; // with `then`: items under a node of kind `under`
    std::optional<Kind> then;  // ("Objectifs stratégiques et opérationnels :") are `then`

    static KindClaim of(Kind kind) { return {kind, std::nullopt, std::nullopt, std::nullopt}; }
};

// The kind a claim gives a node whose parent has kind `parent` (none at the root).
Kind resolve_kind(const KindClaim& claim, std::optional<Kind> parent, const LevelPlan& plan);

// A numbered heading's kind under the heading `above` it ("1.2" under "1"):
// an objectif stratégique's numbered parts are orientations.
Kind numbered_kind_below(Kind above, const LevelPlan& plan);

// What a sentence announcing "objectifs" names, given what holds it:
// unqualified objectives under an objective are the level below it.
Kind announced_under(Kind announced, std::optional<Kind> holder);

} // namespace perr
