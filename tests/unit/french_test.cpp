#include <doctest/doctest.h>

#include <unicode/rbnf.h>

#include <algorithm>
#include <cctype>
#include <string>

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
    CHECK(r.read("vingt-quatre") == 24);
    CHECK(r.read("Vingt-Quatre") == 24);
    CHECK(r.read("VINGT QUATRE") == 24);
    CHECK(r.read("vingt  quatre") == 24);
    CHECK(r.read("soixante et onze") == 71);
    CHECK(r.read("soixante-et-onze") == 71);
    CHECK(r.read("Soixante Et Onze") == 71);
    CHECK(r.read("quatre-vingts") == 80);
    CHECK(r.read("quatre vingt") == 80); // the plural's s forgotten
    CHECK(r.read("quatre vingt un") == 81);
    CHECK(r.read("cent") == 100);
    CHECK(r.read("cent un") == 101);
    CHECK(r.read("deux cent vingt") == 220);
    CHECK(r.read("deux-cent-vingt") == 220); // 1990 spelling, hyphens throughout
    CHECK(r.read("Deux Cent Vingt") == 220);
    CHECK(r.read("deux cent") == 200);
    CHECK(r.read("mille cent") == 1100);
    CHECK(r.read("mille neuf cent quatre-vingt-dix") == 1990);
    CHECK(r.read("neuf mille neuf cent quatre-vingt-dix-neuf") == 9999);
    CHECK(r.read("deux mille") == 2000);
    CHECK(r.read("dix mille") == 0); // beyond 9999
    CHECK(r.read("cent cent") == 0);
    CHECK(r.read("vingt et") == 0);
    CHECK(r.read("un un un un un un un un un un un un") == 0); // too many words
    CHECK(r.read("12") == 12);
    CHECK(r.read("beaucoup") == 0);
    CHECK(r.read("deux trois") == 0); // not one number
    CHECK(r.read("") == 0);
    for (int n = 1; n <= 120; ++n) CHECK(r.read(std::to_string(n)) == n);
    CHECK(r.read("vingt-deux") == 22); // asked again: the remembered answer
}

namespace {

// n as ICU's French rules spell it ("quatre-vingt-dix-neuf", "deux cent un").
std::string spelled_by_icu(int n) {
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale::getFrench(), status);
    REQUIRE(U_SUCCESS(status));
    icu::UnicodeString text;
    format.format(static_cast<int32_t>(n), text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

TEST_CASE("perr::FrenchNumberReader reads every number ICU spells, however written") {
    FrenchNumberReader r;
    for (int n = 1; n <= 2100; n += (n < 300 ? 1 : 37)) {
        std::string words = spelled_by_icu(n);
        CAPTURE(words);
        CHECK(r.read(words) == n);
        std::string spaced = words; // "quatre vingt dix neuf"
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        CHECK(r.read(spaced) == n);
        std::string hyphened = words; // "deux-cent-un" (1990 spelling)
        std::replace(hyphened.begin(), hyphened.end(), ' ', '-');
        CHECK(r.read(hyphened) == n);
        std::string upper = words;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        CHECK(r.read(upper) == n);
    }
}
