#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "parsers/vocabulary.h"

using namespace perr;

TEST_CASE("perr::Vocabulary::labelled_heading") {
    Vocabulary v;
    auto axe = v.labelled_heading("Axe 1 – Insertion et développement économique : créer");
    REQUIRE(axe);
    CHECK(axe->kind == Kind::axe);
    CHECK(axe->number == "1");
    CHECK(axe->title == "Insertion et développement économique : créer");
    auto them = v.labelled_heading("THEMATIQUE EMPLOI ET DEVELOPPEMENT ECONOMIQUE");
    REQUIRE(them);
    CHECK(them->number.empty());
    CHECK(them->title == "EMPLOI ET DEVELOPPEMENT ECONOMIQUE");
    auto os = v.labelled_heading("Objectif stratégique : faciliter l'accès à l'emploi");
    REQUIRE(os);
    CHECK(os->kind == Kind::objectif_strategique);
    CHECK(os->title == "faciliter l'accès à l'emploi");
    auto numbered = v.labelled_heading("Objectif 2 : promouvoir la continuité éducative");
    REQUIRE(numbered);
    CHECK(numbered->kind == Kind::objectif_strategique);
    CHECK(numbered->number == "2");
    CHECK_FALSE(v.labelled_heading("Les axes transversaux en conservant"));
    CHECK_FALSE(v.labelled_heading("Axes"));
    CHECK_FALSE(v.labelled_heading("Objectifs opérationnels"));
}

TEST_CASE("perr::Vocabulary::group_label") {
    Vocabulary v;
    auto oo = v.group_label("Objectifs opérationnels");
    REQUIRE(oo);
    CHECK(oo->first == Kind::objectif_operationnel);
    CHECK_FALSE(oo->second);
    CHECK(v.group_label("Exemples d'actions")->first == Kind::action);
    CHECK(v.group_label("Enjeux")->first == Kind::enjeu);
    CHECK(v.group_label("Les priorités pour le territoire")->first == Kind::priorite);
    CHECK(v.group_label("Objectif opérationnel")->first == Kind::objectif_operationnel);
    auto two = v.group_label("Objectifs stratégiques et opérationnels");
    REQUIRE(two);
    CHECK(two->first == Kind::objectif_strategique);
    CHECK(two->second == Kind::objectif_operationnel);
    CHECK_FALSE(v.group_label("Objectifs 2020-2022"));
    CHECK_FALSE(v.group_label("Objectifs opérationnels : réduire le chômage"));
}

TEST_CASE("labels open with a word the cheap test before the patterns knows") {
    // Each word and each way into a label that the patterns take, so that
    // the test that skips them cannot drop one.
    Vocabulary v;
    for (std::string_view heading :
         {"AXE 2 : Emploi", "axe stratégique 1 : X", "Pilier 3 – Cadre de vie", "PILIER 1 : X",
          "Thématique 1 : Santé", "THÉMATIQUE 4 – X", "Orientation 2 : Mobilité",
          "ORIENTATION STRATÉGIQUE 1 : X", "Action 4 : Former", "Enjeu 3 – Éducation",
          "Priorité 2 : Santé", "PRIORITE 1 : X", "Objectif opérationnel 1.2 : X",
          "objectif n° 2 : X", "OBJECTIF STRATÉGIQUE 3 : X"})
        CHECK_MESSAGE(v.labelled_heading(heading), heading);
    for (std::string_view label :
         {"B. Les objectifs stratégiques", "IV) Axes prioritaires", "12. Nos enjeux",
          "c) les orientations", "Fiches actions", "Pistes d'actions", "Exemples d’actions",
          "Actions envisagées", "LES PRIORITÉS TERRITORIALES", "Axes", "nos  actions",
          "II.Objectifs opérationnels", "2.\tEnjeux"})
        CHECK_MESSAGE(v.group_label(label), label);
    for (std::string_view other : {"Accompagner les jeunes", "Pour les habitants", "Thèmes",
                                   "12 actions", "A la suite", "Les acteurs", "IV) Autres"}) {
        CHECK_FALSE_MESSAGE(v.labelled_heading(other), other);
        CHECK_FALSE_MESSAGE(v.group_label(other), other);
    }
}

TEST_CASE("perr::Vocabulary sections, furniture, verb headings") {
    Vocabulary v;
    CHECK(v.is_section_heading("Préambule du Vice-Président"));
    CHECK(v.is_section_heading("Article 3 : modalités de gouvernance"));
    CHECK(v.is_section_heading("ANNEXE"));
    CHECK_FALSE(v.is_section_heading("Introduction de nouveaux dispositifs dans les quartiers."));
    CHECK(v.is_annex_heading("Annexes"));
    CHECK(v.is_furniture("Vous êtes ici"));
    CHECK(v.is_furniture("0 Commentaires"));
    CHECK(v.is_furniture("1 2 3"));
    CHECK_FALSE(v.is_furniture("1. Emploi"));
    CHECK(v.source_url("(Source : https://example.org/a.htm)") == "https://example.org/a.htm");
    CHECK(v.is_verb_heading("PROTEGER", true));
    CHECK_FALSE(v.is_verb_heading("PROTEGER", false));
    CHECK_FALSE(v.is_verb_heading("Renforcer", true));
}

TEST_CASE("perr::Vocabulary::claims") {
    Vocabulary v;
    auto c =
        v.claims("Il se décline en trois axes prioritaires et quinze objectifs opérationnels :");
    REQUIRE(c.size() == 2);
    CHECK(c[0] == std::pair{Kind::axe, 3});
    CHECK(c[1] == std::pair{Kind::objectif_operationnel, 15});
    CHECK(v.claims("déclinée en 3 objectifs (garantir…) et 40 mesures").empty());
    CHECK(v.claims("les 4 axes prioritaires")[0] == std::pair{Kind::axe, 4});
    // Compound number words are read whole, not by their last word.
    CHECK(v.claims("vingt-deux objectifs opérationnels")[0] ==
          std::pair{Kind::objectif_operationnel, 22});
    CHECK(v.claims("vingt et un objectifs stratégiques")[0] ==
          std::pair{Kind::objectif_strategique, 21});
    CHECK(v.claims("quatre-vingt-dix objectifs opérationnels")[0] ==
          std::pair{Kind::objectif_operationnel, 90});
    CHECK(v.claims("Cent vingt objectifs opérationnels")[0] ==
          std::pair{Kind::objectif_operationnel, 120});
    CHECK(v.claims("trente-quatre orientations")[0] == std::pair{Kind::orientation, 34});
}

TEST_CASE("claims read from several threads at once") {
    Vocabulary v;
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i)
                if (v.claims("soixante-dix-sept axes")[0].second != 77) ++wrong;
        });
    for (std::thread& t : threads) t.join();
    CHECK(wrong == 0);
}

TEST_CASE("perr::Vocabulary::announced_kind") {
    Vocabulary v;
    CHECK(v.announced_kind("les objectifs sont les suivants") == Kind::objectif_strategique);
    CHECK(v.announced_kind("mentionne les objectifs suivants") == Kind::objectif_strategique);
    CHECK(v.announced_kind("à améliorer les axes suivants") == Kind::axe);
    CHECK_FALSE(v.announced_kind("s'appuie sur plusieurs documents de référence et notamment"));
    // Each way the cheap tests before the patterns let through.
    CHECK(v.announced_kind("LES AXES SUIVANTS") == Kind::axe);
    CHECK(v.announced_kind("autour des 3 orientations prioritaires") == Kind::orientation);
    CHECK(v.announced_kind("autour des 3 orientations prioritaires \t") == Kind::orientation);
    CHECK(v.announced_kind("s'articule autour de trois enjeux") == Kind::enjeu);
    CHECK(v.announced_kind("décliné en 4 AXES STRATÉGIQUES") == Kind::axe);
    CHECK(v.announced_kind("autour des 3 orientations\u00A0") == Kind::orientation);
    CHECK_FALSE(v.announced_kind("autour des 3 orientations prioritaires."));
}

TEST_CASE("perr::parse_french_number") {
    CHECK(parse_french_number("quinze") == 15);
    CHECK(parse_french_number("Trois") == 3);
    CHECK(parse_french_number("12") == 12);
    CHECK(parse_french_number("dix-huit") == 18);
    CHECK(parse_french_number("beaucoup") == 0);
}

TEST_CASE("perr::Vocabulary::opens_block") {
    Vocabulary v;
    CHECK(v.opens_block("Axe 2 : Santé"));
    CHECK(v.opens_block("Objectifs opérationnels :"));
    // A protocol title naming a territory heads one part of a file: a wrapped
    // line above never runs into it.
    CHECK(v.opens_block("Protocole d'engagements renforcés et réciproques – Ville A"));
    CHECK_FALSE(v.opens_block("Protocole d'engagements renforcés et réciproques"));
    CHECK_FALSE(v.opens_block("les signaux faibles de la radicalisation"));
}

TEST_CASE("perr::Vocabulary::protocol_territory") {
    Vocabulary v;
    CHECK(v.protocol_territory("Protocole d'engagements renforcés et réciproques – Ville A") ==
          "Ville A");
    // Wrapped after the dash: a title whose name is on the next line, not "–".
    CHECK(v.protocol_territory("Protocole d'engagements renforcés et réciproques –") == "");
    CHECK(v.protocol_territory("Protocole d'engagements renforcés et réciproques -") == "");
    CHECK_FALSE(v.protocol_territory("Le contrat de ville prévoit un protocole."));
}
