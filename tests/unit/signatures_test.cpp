#include <doctest/doctest.h>

#include "parsers/signatures.h"

using namespace perr;

TEST_CASE("perr::read_signatures") {
    SUBCASE("table cells, one signer under two roles") {
        std::vector<SignatureLine> lines{
            {"<p>Le préfet de la Somme</p>  <p>Jean DUPONT</p>\t<p>Le président de "
             "l'agglomération,</p>  <p>Paul MARTIN</p>",
             10},
            {"<p>Le Maire de Ville</p>  <p>Paul MARTIN</p>", 11},
        };
        auto s = read_signatures(lines);
        REQUIRE(s.size() == 3);
        CHECK(s[0].role == "Le préfet de la Somme");
        CHECK(s[0].name == "Jean DUPONT");
        CHECK(s[1].role == "Le président de l'agglomération"); // trailing comma dropped
        CHECK(s[2].name == "Paul MARTIN");
        CHECK(s[2].line == 11);
    }
    SUBCASE("plain lines") {
        std::vector<SignatureLine> lines{
            {"Le maire du Bourget", 1}, {"Yannick HOPPE", 5}, {"date : le 06 JAN. 2020", 6}};
        auto s = read_signatures(lines);
        REQUIRE(s.size() == 1);
        CHECK(s[0].role == "Le maire du Bourget");
        CHECK(s[0].name == "Yannick HOPPE");
    }
}

TEST_CASE("perr::is_person_name") {
    CHECK(is_person_name("Georges-François LECLERC"));
    CHECK_FALSE(is_person_name("VILLE DE DUGNY"));
    CHECK_FALSE(is_person_name("Le Maire de Drancy"));
    CHECK_FALSE(is_person_name("date : le 06 JAN. 2020"));
}
