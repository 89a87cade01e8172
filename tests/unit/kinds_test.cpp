#include <doctest/doctest.h>

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
