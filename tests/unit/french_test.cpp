#include <doctest/doctest.h>

#include "parsers/french.h"

using namespace perr;

TEST_CASE("perr::DateFinder") {
    DateFinder f;
    auto one = [&](std::string_view s) {
        auto all = f.find_all(s);
        return all.empty() ? std::string() : all.front().iso;
    };
    CHECK(one("09/12/2019") == "2019-12-09");
    CHECK(one("date : le 06 JAN. 2020") == "2020-01-06");
    CHECK(one("Créé le 1er janvier 2016") == "2016-01-01");
    CHECK(one("le 6 novembre 2019") == "2019-11-06");
    CHECK(one("le 15 août 2020") == "2020-08-15");
    CHECK(one("le 3 déc. 2019") == "2019-12-03");
    CHECK(one("31/02/2020").empty()); // not a calendar date
    CHECK(one("Mercredi 6 novembre").empty());
    CHECK(one("Del 2019 0128").empty());
    CHECK(f.find_all("du 21 février 2014 et du 27 janvier 2017").size() == 2);
}

TEST_CASE("perr::french_month") {
    CHECK(french_month("Février") == 2);
    CHECK(french_month("JAN.") == 1);
    CHECK(french_month("aout") == 8);
    CHECK(french_month("lundi") == 0);
}

TEST_CASE("perr::is_calendar_date") {
    CHECK(is_calendar_date(2020, 2, 29));
    CHECK_FALSE(is_calendar_date(2019, 2, 29));
    CHECK_FALSE(is_calendar_date(2019, 13, 1));
}

TEST_CASE("perr::FrenchNumberReader") {
    FrenchNumberReader r;
    CHECK(r.read("vingt-deux") == 22);
    CHECK(r.read("vingt et un") == 21);
    CHECK(r.read("vingt-et-un") == 21);
    CHECK(r.read("soixante-douze") == 72);
    CHECK(r.read("quatre-vingt-dix") == 90);
    CHECK(r.read("quatre vingt dix") == 90);
    CHECK(r.read("cent vingt") == 120);
    CHECK(r.read("deux cents") == 200);
    CHECK(r.read("Quinze") == 15);
    CHECK(r.read("une") == 1);
    CHECK(r.read("12") == 12);
    CHECK(r.read("beaucoup") == 0);
    CHECK(r.read("deux trois") == 0); // not one number
    CHECK(r.read("") == 0);
    for (int n = 1; n <= 120; ++n) { // every number word up to a hundred and more
        CHECK(r.read(std::to_string(n)) == n);
    }
}
