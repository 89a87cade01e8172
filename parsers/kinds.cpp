#include "parsers/kinds.h"

#include "parsers/signals.h"

namespace perr {

Kind LevelPlan::below(std::optional<Kind> parent) const {
    if (!parent) return Kind::axe;
    switch (*parent) {
    case Kind::territoire:
    case Kind::section:
    case Kind::texte:
        return Kind::axe;
    case Kind::axe:
        return after_axe;
    case Kind::objectif_strategique:
    case Kind::orientation:
        return Kind::objectif_operationnel;
    default:
        return Kind::action;
    }
}

LevelPlan plan_from_claims(const std::map<std::string, int>& claims) {
    LevelPlan plan;
    auto named = [&](Kind k) { return claims.count(std::string(kind_name(k))) > 0; };
    if (named(Kind::axe) && named(Kind::objectif_operationnel) &&
        !named(Kind::objectif_strategique) && !named(Kind::orientation))
        plan.after_axe = Kind::objectif_operationnel;
    return plan;
}

Kind resolve_kind(const KindClaim& claim, std::optional<Kind> parent, const LevelPlan& plan) {
    if (claim.named) return *claim.named;
    if (claim.then && parent && parent == claim.under) return *claim.then;
    if (claim.glyph && (!parent || kind_depth(*claim.glyph) > kind_depth(*parent)))
        return *claim.glyph;
    return plan.below(parent);
}

Kind hinted_kind(std::string_view marker, std::optional<Kind> parent, const LevelPlan& plan) {
    return resolve_kind({std::nullopt, glyph_kind(marker), std::nullopt, std::nullopt}, parent,
                        plan);
}

Kind numbered_kind_below(Kind above, const LevelPlan& plan) {
    return above == Kind::objectif_strategique ? Kind::orientation : plan.below(above);
}

Kind announced_under(Kind announced, std::optional<Kind> holder) {
    bool in_objective =
        holder && (*holder == Kind::objectif_strategique || *holder == Kind::orientation);
    return announced == Kind::objectif_strategique && in_objective ? Kind::objectif_operationnel
                                                                   : announced;
}

} // namespace perr
