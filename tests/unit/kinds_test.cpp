#include <doctest/doctest.h>

#include "parsers/kind_pass.h"
#include "parsers/kinds.h"

using namespace perr;

TEST_CASE("perr::LevelPlan") {
    SUBCASE("the default chain") {
        LevelPlan plan;
        CHECK(plan.below(std::nullopt) == Kind::axe);
        CHECK(plan.below(Kind::territoire) == Kind::axe);
        CHECK(plan.below(Kind::section) == Kind::axe);
        CHECK(plan.below(Kind::axe) == Kind::objectif_strategique);
        CHECK(plan.below(Kind::objectif_strategique) == Kind::objectif_operationnel);
        CHECK(plan.below(Kind::orientation) == Kind::objectif_operationnel);
        CHECK(plan.below(Kind::objectif_operationnel) == Kind::action);
        CHECK(plan.below(Kind::action) == Kind::action);
    }
    SUBCASE("claims of axes and operational objectives only skip the strategic level") {
        CHECK(plan_from_claims({{"axe", 3}, {"objectif_operationnel", 15}}).below(Kind::axe) ==
              Kind::objectif_operationnel);
        CHECK(plan_from_claims(
                  {{"axe", 3}, {"objectif_operationnel", 15}, {"objectif_strategique", 6}})
                  .below(Kind::axe) == Kind::objectif_strategique);
        CHECK(plan_from_claims({{"axe", 3}}).below(Kind::axe) == Kind::objectif_strategique);
    }
}

TEST_CASE("perr::hinted_kind and the other defaults") {
    LevelPlan plan;
    SUBCASE("a glyph names a kind deeper than its parent, else the chain decides") {
        CHECK(hinted_kind("\u2192", Kind::axe, plan) == Kind::orientation);
        CHECK(hinted_kind("\u2192", Kind::objectif_operationnel, plan) == Kind::action);
        CHECK(hinted_kind("-", Kind::axe, plan) == Kind::objectif_strategique);
    }
    SUBCASE("numbered parts of an objectif stratégique are orientations") {
        CHECK(numbered_kind_below(Kind::objectif_strategique, plan) == Kind::orientation);
        CHECK(numbered_kind_below(Kind::axe, plan) == Kind::objectif_strategique);
    }
    SUBCASE("objectives announced inside an objective are the level below") {
        CHECK(announced_under(Kind::objectif_strategique, Kind::orientation) ==
              Kind::objectif_operationnel);
        CHECK(announced_under(Kind::objectif_strategique, Kind::axe) == Kind::objectif_strategique);
        CHECK(announced_under(Kind::action, Kind::orientation) == Kind::action);
    }
}

TEST_CASE("perr::resolve_kind") {
    LevelPlan plan;
    KindClaim none{std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    SUBCASE("a named kind is the kind, whatever the parent") {
        CHECK(resolve_kind(KindClaim::of(Kind::priorite), Kind::action, plan) == Kind::priorite);
        CHECK(resolve_kind(KindClaim::of(Kind::axe), std::nullopt, plan) == Kind::axe);
    }
    SUBCASE("a two-kind label's second kind, only under a node of its first") {
        KindClaim claim = none;
        claim.under = Kind::objectif_strategique;
        claim.then = Kind::objectif_operationnel;
        CHECK(resolve_kind(claim, Kind::objectif_strategique, plan) == Kind::objectif_operationnel);
        CHECK(resolve_kind(claim, Kind::objectif_operationnel, plan) == Kind::action);
        CHECK(resolve_kind(claim, std::nullopt, plan) == Kind::axe);
    }
    SUBCASE("a glyph's hint when deeper than the parent, else the plan") {
        KindClaim arrow = none;
        arrow.glyph = Kind::orientation;
        CHECK(resolve_kind(arrow, Kind::axe, plan) == Kind::orientation);
        CHECK(resolve_kind(arrow, std::nullopt, plan) == Kind::orientation);
        CHECK(resolve_kind(arrow, Kind::orientation, plan) == Kind::objectif_operationnel);
        CHECK(resolve_kind(none, Kind::axe, plan) == Kind::objectif_strategique);
        LevelPlan skip;
        skip.after_axe = Kind::objectif_operationnel;
        CHECK(resolve_kind(none, Kind::axe, skip) == Kind::objectif_operationnel);
    }
}

TEST_CASE("perr::assign_kinds resolves parents before children") {
    // axe > (plain item) > (plain item) > (arrow item): the chain, then a
    // glyph that is not deeper than its parent's kind.
    KindClaim plain{std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    KindClaim arrow = plain;
    arrow.glyph = Kind::orientation;
    NodeArena arena;
    arena.numbers.push_back("1");
    arena.nodes.push_back({KindClaim::of(Kind::axe), Kind::texte, 0, 1, -1, 1, "Axe"});
    arena.nodes.push_back({plain, Kind::texte, 1, 2, 0, 0, "A"});
    arena.nodes.push_back({plain, Kind::texte, 2, 3, 1, 0, "B"});
    arena.nodes.push_back({arrow, Kind::texte, 3, 4, 2, 0, "C"});
    arena.nodes.push_back({arrow, Kind::texte, 1, 5, 0, 0, "D"});
    assign_kinds(arena, LevelPlan{});
    CHECK(arena.nodes[0].kind == Kind::axe);
    CHECK(arena.nodes[1].kind == Kind::objectif_strategique);
    CHECK(arena.nodes[2].kind == Kind::objectif_operationnel);
    CHECK(arena.nodes[3].kind == Kind::action);
    CHECK(arena.nodes[4].kind == Kind::orientation);
}
