#include <doctest/doctest.h>

#include "parsers/classify.h"
#include "parsers/kind_pass.h"
#include "parsers/line_lexer.h"
#include "parsers/metadata.h"
#include "parsers/tree_builder.h"
#include "schema/outline.h"

using namespace perr;

namespace {

std::string outline_of(std::string_view text, Layout layout = Layout::markdown) {
    Vocabulary vocab;
    MetadataReader meta(vocab);
    TextStore store;
    auto lines = lex_lines(text, store);
    auto blocks = classify_lines(lines, layout, vocab);
    return dump_outline(assign_levels(blocks, plan_from_claims(meta.claims(blocks)), vocab));
}

} // namespace

TEST_CASE("perr::assign_levels") {
    SUBCASE("labels name kinds; label lines are not nodes") {
        CHECK(outline_of("Axe 1 : Emploi\n"
                         "Objectif stratégique : réussir\n"
                         "1. Renforcer l'attractivité\n"
                         "Objectifs opérationnels :\n"
                         "- Stimuler\n"
                         "\n"
                         "- Développer\n"
                         "Exemples d'actions :\n"
                         "- Mettre en place\n"
                         "2. Mieux informer\n") == "axe 1: Emploi\n"
                                                   "  objectif_strategique: réussir\n"
                                                   "    orientation 1: Renforcer l'attractivité\n"
                                                   "      objectif_operationnel: Stimuler\n"
                                                   "      objectif_operationnel: Développer\n"
                                                   "      action: Mettre en place\n"
                                                   "    orientation 2: Mieux informer\n");
    }
    SUBCASE("a claim names the level below the axes") {
        CHECK(outline_of("Il se décline en deux axes et trois objectifs opérationnels :\n"
                         "Axe 1 : A\n- a1\n- a2\nAxe 2 : B\n- b1\n") ==
              "axe 1: A\n  objectif_operationnel: a1\n  objectif_operationnel: a2\n"
              "axe 2: B\n  objectif_operationnel: b1\n");
    }
    SUBCASE("markers nest by first appearance; other emphasis under a colon nests") {
        CHECK(outline_of("PROTEGER :\n"
                         "- La mobilité par :\n"
                         "- *Organisant :*\n"
                         "- *Mobilisant*\n"
                         " - *sous-action*\n"
                         "- *Coordonnant*\n"
                         "- Le sport par :\n"
                         "- *Finançant*\n"
                         "DEVELOPPER :\n"
                         "- Le logement par :\n") == "axe: PROTEGER\n"
                                                     "  objectif_strategique: La mobilité par\n"
                                                     "    objectif_operationnel: Organisant\n"
                                                     "    objectif_operationnel: Mobilisant\n"
                                                     "      action: sous-action\n"
                                                     "    objectif_operationnel: Coordonnant\n"
                                                     "  objectif_strategique: Le sport par\n"
                                                     "    objectif_operationnel: Finançant\n"
                                                     "axe: DEVELOPPER\n"
                                                     "  objectif_strategique: Le logement par\n");
    }
    SUBCASE("a two-kind label: plain lines first kind, items second") {
        CHECK(outline_of("1. Emploi\n"
                         "A. Enjeux\n"
                         "- Favoriser\n"
                         "B. Objectifs stratégiques et opérationnels\n"
                         "Maintenir les commerces :\n"
                         "- Faciliter\n"
                         "Autres mesures\n"
                         "- Accompagner\n"
                         "Conforter les actions.\n"
                         "2. FORMATION\n"
                         "Enjeux\n"
                         "- Donner\n",
                         Layout::web) == "axe 1: Emploi\n"
                                         "  enjeu: Favoriser\n"
                                         "  objectif_strategique: Maintenir les commerces\n"
                                         "    objectif_operationnel: Faciliter\n"
                                         "  objectif_strategique: Autres mesures\n"
                                         "    objectif_operationnel: Accompagner\n"
                                         "  objectif_strategique: Conforter les actions.\n"
                                         "axe 2: FORMATION\n"
                                         "  enjeu: Donner\n");
    }
    SUBCASE("summaries of the axes and lists in prose are not the programme") {
        CHECK(outline_of("Article 4 : Priorités\n"
                         "Les axes sont les suivants :\n"
                         "- **Axe 1** : L'insertion\n"
                         "- **Axe 2** : L'éducation\n"
                         "Axe 1 – L'insertion\n"
                         "- Favoriser\n"
                         "Article 5 : Pilotage\n"
                         "Le comité se réunit pour :\n"
                         "- suivre\n") == "section: Article 4 : Priorités\n"
                                          "  axe 1: L'insertion\n"
                                          "    objectif_strategique: Favoriser\n"
                                          "section: Article 5 : Pilotage\n");
    }
    SUBCASE("an annex holds parts; a sentence announcing objectives labels the list") {
        CHECK(outline_of("ANNEXE\n"
                         "Cité éducative Nord\n"
                         "Les objectifs sont les suivants :\n"
                         "Objectif 1 : conforter l'école\n"
                         "- 1 – encourager\n"
                         "Cité éducative Sud\n"
                         "Le dossier mentionne les objectifs suivants :\n"
                         "« Une citation. »\n"
                         "- Accentuer\n") == "section: ANNEXE\n"
                                             "  section: Cité éducative Nord\n"
                                             "    objectif_strategique 1: conforter l'école\n"
                                             "      objectif_operationnel 1: encourager\n"
                                             "  section: Cité éducative Sud\n"
                                             "    objectif_strategique: Accentuer\n");
    }
    SUBCASE("a numbered item list inside a label stays a list") {
        CHECK(outline_of("Axe 1 : A\nObjectif stratégique : B\n1. C\nObjectifs opérationnels :\n"
                         "1. premier\n2. second\n2. D\n") ==
              "axe 1: A\n  objectif_strategique: B\n    orientation 1: C\n"
              "      objectif_operationnel 1: premier\n      objectif_operationnel 2: second\n"
              "    orientation 2: D\n");
    }
    SUBCASE("a numbering path nests: 1.2.1 under 1.2, even inside a label's list") {
        CHECK(outline_of("AXE 1 - Emploi\n"
                         "1.1. Objectif stratégique : réussir\n"
                         "1.1.1. Renforcer\n"
                         "Objectifs opérationnels :\n"
                         "a) premier\n"
                         "b) second\n"
                         "1.1.2. Mieux informer\n"
                         "Objectifs opérationnels :\n"
                         "a) troisième\n") == "axe 1: Emploi\n"
                                              "  objectif_strategique 1.1: réussir\n"
                                              "    orientation 1.1.1: Renforcer\n"
                                              "      objectif_operationnel a: premier\n"
                                              "      objectif_operationnel b: second\n"
                                              "    orientation 1.1.2: Mieux informer\n"
                                              "      objectif_operationnel a: troisième\n");
    }
    SUBCASE("a label followed by a number path names the kind; the path nests") {
        CHECK(outline_of("Axe 2 : Cadre de vie\n"
                         "Orientation 2.1 : Habiter\n"
                         "Objectif opérationnel 2.1.1 : Rénover\n"
                         "Action n°4 : Isoler\n"
                         "Action 2.1.2 : Planter\n") == "axe 2: Cadre de vie\n"
                                                        "  orientation 2.1: Habiter\n"
                                                        "    objectif_operationnel 2.1.1: Rénover\n"
                                                        "      action 4: Isoler\n"
                                                        "    action 2.1.2: Planter\n");
    }
    SUBCASE("a glyph at the start of a heading is a marker; headings nest by level") {
        CHECK(outline_of("## Axe : Emploi\n"
                         "### \u2794 Renforcer\n"
                         "**Objectifs opérationnels :**\n"
                         "- premier\n"
                         "### \u2794 Informer\n") == "axe: Emploi\n"
                                                     "  orientation: Renforcer\n"
                                                     "    objectif_operationnel: premier\n"
                                                     "  orientation: Informer\n");
    }
    SUBCASE("a group label after an item of a broader kind opens under that item") {
        CHECK(outline_of("Axe 1 : A\n"
                         "\u2794 Renforcer\n"
                         "Objectifs opérationnels :\n"
                         "\u2022 premier\n"
                         "Exemples d'actions :\n"
                         "\u2022 agir\n"
                         "\u2794 Informer\n") == "axe 1: A\n"
                                                 "  orientation: Renforcer\n"
                                                 "    objectif_operationnel: premier\n"
                                                 "    action: agir\n"
                                                 "  orientation: Informer\n");
    }
    SUBCASE("two protocol titles naming territories open territoire parts; one is a title") {
        CHECK(outline_of("Protocole d'engagements renforcés et réciproques – Ville A\n"
                         "Axe 1 : Emploi\n"
                         "PROTOCOLE D'ENGAGEMENTS RENFORCÉS ET RÉCIPROQUES – VILLE-SUR-MER\n"
                         "Axe 1 : Emploi\n") == "territoire: Ville A\n"
                                                "  axe 1: Emploi\n"
                                                "territoire: Ville-Sur-Mer\n"
                                                "  axe 1: Emploi\n");
        CHECK(outline_of("Protocole d'engagements renforcés et réciproques – Ville A\n"
                         "Axe 1 : Emploi\n") == "axe 1: Emploi\n");
    }
    SUBCASE("a title wrapped after its dash: the short line under it is the name") {
        CHECK(outline_of("Protocole d'engagements renforcés et réciproques – Ville A\n"
                         "Axe 1 : Emploi\n"
                         "Protocole d'engagements renforcés et réciproques –\n"
                         "Bourg-la-Forêt\n"
                         "Axe 1 : Habitat\n") == "territoire: Ville A\n"
                                                 "  axe 1: Emploi\n"
                                                 "territoire: Bourg-la-Forêt\n"
                                                 "  axe 1: Habitat\n");
    }
    SUBCASE("a wrapped name taken from a line that reads as a title is no part of its own") {
        CHECK(outline_of("Protocole d'engagements renforcés et réciproques – Ville A\n"
                         "Axe 1 : Emploi\n"
                         "Protocole d'engagements renforcés et réciproques –\n"
                         "Protocole d'engagements renforcés et réciproques – Bourg\n"
                         "Axe 1 : Habitat\n") ==
              "territoire: Ville A\n"
              "  axe 1: Emploi\n"
              "territoire: Protocole d'engagements renforcés et réciproques – Bourg\n"
              "  axe 1: Habitat\n");
    }
    SUBCASE("a number goes on the list written alike before any other") {
        // LibreOffice's text export: "2." at the objectives' indent follows
        // their "1.", not the indented actions' "1.".
        CHECK(outline_of("Axe 1 : Emploi\nObjectifs opérationnels :\n    1. Coordonner\n"
                         "        1. Animer\n    2. Lutter\n        1. Déployer\n",
                         Layout::text) == "axe 1: Emploi\n"
                                          "  objectif_operationnel 1: Coordonner\n"
                                          "    action 1: Animer\n"
                                          "  objectif_operationnel 2: Lutter\n"
                                          "    action 1: Déployer\n");
    }
    SUBCASE("hostile nesting is capped") {
        std::string deep = "Axe 1 : A\n";
        for (int i = 0; i < 500; ++i)
            deep += std::string(static_cast<std::size_t>(i), ' ') + "- x\n";
        std::string out = outline_of(deep);
        std::size_t max_indent = 0, pos = 0;
        while (pos < out.size()) {
            std::size_t sp = out.find_first_not_of(' ', pos);
            max_indent = std::max(max_indent, sp - pos);
            pos = out.find('\n', pos) + 1;
        }
        CHECK(max_indent <= 2 * kMaxDepth);
    }
}

TEST_CASE("perr::build_outline places nodes and records claims, naming no item's kind") {
    Vocabulary vocab;
    TextStore store;
    auto lines = lex_lines("Axe 1 : Emploi\n"
                           "- Réussir\n"
                           "  ➔ Orienter\n"
                           "Actions :\n"
                           "- Agir\n",
                           store);
    auto blocks = classify_lines(lines, Layout::markdown, vocab);
    NodeArena outline = build_outline(blocks, LevelPlan{}, vocab);
    REQUIRE(outline.nodes.size() == 4);
    const auto& n = outline.nodes;
    CHECK(n[0].claim.named == Kind::axe); // the label names it
    CHECK(n[0].parent == -1);
    CHECK_FALSE(n[1].claim.named); // a plain item: its kind is the kind pass's
    CHECK_FALSE(n[1].claim.glyph);
    CHECK(n[1].parent == 0);
    CHECK(n[2].claim.glyph == Kind::orientation); // the arrow's hint, not yet a kind
    CHECK(n[2].parent == 1);
    CHECK(n[3].claim.named == Kind::action); // the group label names its items
    CHECK(n[3].words == "Agir");
    CHECK(n[3].parent == 2); // under the innermost open item of a broader kind
    assign_kinds(outline, LevelPlan{});
    CHECK(n[1].kind == Kind::objectif_strategique);
    CHECK(n[2].kind == Kind::orientation);
}
