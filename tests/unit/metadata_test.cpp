// Metadata rules, each on a small document written for it.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>

#include "parsers/ingest.h"
#include "parsers/metadata.h"
#include "utilities/text.h"

using namespace perr;

namespace {

constexpr std::string_view kProgramme = "Axe 1 : Emploi\n- Former\n- Accompagner\n";

Document ingested(const Ingester& ing, const std::string& text) {
    auto r = ing.ingest(text, {"mem.txt", std::nullopt});
    REQUIRE(r.ok());
    return r.value().document;
}

// A short protocol: a title, `preamble`, then the programme.
Document with_preamble(const Ingester& ing, const std::string& preamble) {
    return ingested(ing,
                    "Protocole d'engagements\n\n" + preamble + "\n\n" + std::string(kProgramme));
}

} // namespace

TEST_CASE("perr::MetadataReader territory") {
    Ingester ing;
    SUBCASE("the short line under the protocol's title") {
        Document d = ingested(ing, "Protocole d'engagements renforcés et réciproques\n"
                                   "Val de Sambre Nord\n\n" +
                                       std::string(kProgramme));
        CHECK(d.territory == "Val de Sambre Nord");
    }
    SUBCASE("an HTML <title> said again by <h1> is not the territory") {
        Document d = ingested(ing, "<html><head><title>Protocole d'engagements renforcés et "
                                   "réciproques</title></head><body>"
                                   "<h1>Protocole d'engagements renforcés et réciproques</h1>"
                                   "<p>Val de Sambre Nord</p><h2>Axe 1 : Emploi</h2>"
                                   "<ul><li>Former</li><li>Accompagner</li></ul></body></html>");
        CHECK(d.territory == "Val de Sambre Nord");
    }
    SUBCASE("recorded without its legal form") {
        Document d = ingested(ing, "Protocole d'engagements renforcés et réciproques\n"
                                   "Communauté d'agglomération du Pays de Test\n\n" +
                                       std::string(kProgramme));
        CHECK(d.territory == "Pays de Test");
    }
    SUBCASE("a line naming an institution, in each legal form the cheap test lets through") {
        for (std::string_view line :
             {"EPT Plaine Test", "Établissement public territorial Plaine Test",
              "établissement public territorial Plaine Test", "Communauté urbaine de Plaine Test",
              "COMMUNAUTÉ D'AGGLOMÉRATION DE Plaine Test", "Agglomération de Plaine Test",
              "Métropole de Plaine Test", "Metropole de Plaine Test"}) {
            Document d = ingested(ing, "Programme d'actions\n\n" + std::string(line) + "\n\n" +
                                           std::string(kProgramme));
            CHECK_MESSAGE(d.territory == "Plaine Test", line);
        }
    }
    SUBCASE("the line of the best score, the first of equal ones") {
        auto territory_of = [&](const std::string& preamble) {
            return with_preamble(ing, "Programme d'actions\n\n" + preamble).territory;
        };
        // legal form (4) > contract or signature (3) > headline (2)
        CHECK(territory_of("Le contrat de ville de Sud Test\n\nMétropole de Nord Test") ==
              "Nord Test");
        CHECK(territory_of("Métropole de Nord Test\n\nLe contrat de ville de Sud Test") ==
              "Nord Test");
        CHECK(territory_of("Le contrat de ville de Sud Test\n\nOuest Test a signé le texte") ==
              "Sud Test");
        CHECK(territory_of("Ouest Test a signé le texte\n\nLe contrat de ville de Sud Test") ==
              "Ouest Test");
        CHECK(territory_of("Le contrat de ville de Sud Test\n\nMétropole de Nord Test\n\n"
                           "Métropole de Est Test") == "Nord Test");
    }
}

TEST_CASE("perr::MetadataReader period") {
    Ingester ing;
    auto period_of = [&](const std::string& preamble) {
        Document d = with_preamble(ing, preamble);
        REQUIRE(d.period);
        return std::to_string(d.period->start) + "-" + std::to_string(d.period->end);
    };
    SUBCASE("the protocol's own period, not the contract's it amends") {
        CHECK(period_of("Contrat de ville 2015-2022\n\nPériode 2020-2022") == "2020-2022");
        CHECK(period_of("Période 2020-2022\n\nContrat de ville 2015-2022") == "2020-2022");
        CHECK(period_of("Le contrat de ville 2015-2022 est prolongé. Le présent protocole est "
                        "conclu pour 2020-2022 entre les signataires.") == "2020-2022");
    }
    SUBCASE("the contract's period when it is the only one") {
        CHECK(period_of("Contrat de ville 2015-2020") == "2015-2020");
    }
}

TEST_CASE("perr::MetadataReader dates") {
    Ingester ing;
    auto dates_of = [&](const std::string& preamble) {
        Document d = with_preamble(ing, preamble);
        std::string out;
        for (const DateEntry& e : d.dates) out += e.date + " " + e.role + "|";
        return out;
    };
    SUBCASE("a date written in prose at the start of its paragraph") {
        CHECK(dates_of("Le 6 novembre 2019, le conseil communautaire a approuvé le présent "
                       "protocole et autorisé son président à le signer.") ==
              "2019-11-06 document|");
    }
    SUBCASE("a date opening a paragraph about other texts is history") {
        CHECK(dates_of("Le 14 novembre 2017, le Président de la République annonçait une "
                       "mobilisation nationale, déclinée dans un protocole.") == "");
    }
    SUBCASE("a date inside a sentence is history") {
        CHECK(dates_of("La loi du 21 février 2014, dite loi Lamy, a réformé la politique de la "
                       "ville et ses contrats.") == "");
    }
    SUBCASE("a deliberation's date, wherever it stands in its sentence") {
        CHECK(dates_of("Vu la délibération du conseil communautaire en date du 17 décembre 2019 "
                       "approuvant le protocole.") == "2019-12-17 deliberation|");
    }
}

TEST_CASE("perr::MetadataReader claims in words") {
    Ingester ing;
    Document d =
        with_preamble(ing, "Le protocole compte un axe et vingt-quatre objectifs opérationnels :");
    CHECK(d.claims.at("objectif_operationnel") == 24);
}

TEST_CASE("names_a_kind and year_centuries find what find finds, wherever it stands") {
    auto plain_kind = [](std::string_view s) {
        for (std::string_view w :
             {"xes", "XES", "bjectifs", "BJECTIFS", "rientations", "RIENTATIONS", "njeux", "NJEUX"})
            if (s.find(w) != std::string_view::npos) return true;
        return false;
    };
    auto plain_year = [](std::string_view s, std::string_view century) {
        for (std::size_t at = s.find(century); at != std::string_view::npos;
             at = s.find(century, at + 1))
            if (at + 3 < s.size() && is_ascii_digit(s[at + 2]) && is_ascii_digit(s[at + 3]))
                return true;
        return false;
    };
    // Pieces that make near misses of every kind (the other case, a folded
    // pair that opens no word, a century without its digits).
    static constexpr std::array<std::string_view, 16> kPieces{
        "xes", "XeS", "bjectifs", "BJectifs", "rientations", "RIENTATIONS", "njeu", "NJEUX",
        "ri",  "20",  "19",       "2019",     "1",           "x ",          "201:", "19/9"};
    std::uint32_t seed = 5;
    int kinds = 0, years = 0;
    for (int round = 0; round < 6000; ++round) {
        std::string s;
        std::size_t pieces = static_cast<std::size_t>(round % 9);
        for (std::size_t k = 0; k < pieces; ++k) {
            seed = seed * 1664525u + 1013904223u;
            std::uint32_t pick = seed >> 16;
            if (pick % 3 == 0)
                s += kPieces[pick / 3 % kPieces.size()];
            else
                s.append(pick / 3 % 11, static_cast<char>('a' + pick % 7));
        }
        CAPTURE(s);
        CHECK(names_a_kind(s) == plain_kind(s));
        YearCenturies years_found = year_centuries(s);
        CHECK(years_found.twenties == plain_year(s, "20"));
        if (!years_found.twenties) CHECK(years_found.nineteen == plain_year(s, "19"));
        kinds += plain_kind(s) ? 1 : 0;
        years += plain_year(s, "20") ? 1 : 0;
    }
    CHECK(kinds > 1000); // found, and missed, often
    CHECK(kinds < 5000);
    CHECK(years > 400);
    CHECK(years < 5000);
}
