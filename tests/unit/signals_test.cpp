#include <doctest/doctest.h>

#include "parsers/signals.h"
#include "schema/glyphs.h"

using namespace perr;

namespace {
Numbering number_of(std::string_view s, bool after_marker = false) {
    auto n = take_numbering(s, after_marker);
    return n ? n->number : Numbering{};
}
} // namespace

TEST_CASE("perr::take_numbering") {
    SUBCASE("decimal paths carry their depth; the style tells the depth apart") {
        Numbering a = number_of("1.2.3. Renforcer");
        CHECK(a.text == "1.2.3");
        CHECK(a.depth == 3);
        CHECK(a.scheme == NumberScheme::decimal);
        CHECK(a.style == "1.1.1.");
        CHECK(number_of("1.2 Renforcer").style == "1.1."); // a path needs no final dot
        CHECK(number_of("2. Renforcer").style == "1.");
        CHECK(number_of("12) Renforcer").style == "1)");
        CHECK(take_numbering("1.2.3. Renforcer", false)->rest == "Renforcer");
    }
    SUBCASE("letters and roman numerals, upper and lower case") {
        CHECK(number_of("IV. Cadre de vie").scheme == NumberScheme::upper_roman);
        CHECK(number_of("B. Enjeux").scheme == NumberScheme::upper_alpha);
        CHECK(number_of("b) Animer").scheme == NumberScheme::lower_alpha);
        CHECK(number_of("b) Animer").style == "a)");
        CHECK(number_of("iii) Animer").scheme == NumberScheme::lower_roman);
    }
    SUBCASE("dashes: '1- X', '1 – X'; after a bullet even before lower case") {
        CHECK(number_of("1- Développer").text == "1");
        CHECK(number_of("2 – Développer").style == "1\u2013");
        CHECK(number_of("2 – améliorer").text.empty());
        CHECK(number_of("2 – améliorer", true).text == "2");
    }
    SUBCASE("years, dates, counts and bare numbers are not list numbers") {
        CHECK_FALSE(take_numbering("2020-2022 : objectifs", false));
        CHECK_FALSE(take_numbering("09/12/2019", false));
        CHECK_FALSE(take_numbering("3 axes prioritaires", false));
        CHECK_FALSE(take_numbering("12", false));
        CHECK_FALSE(take_numbering("Le 6 novembre", false));
    }
}

TEST_CASE("perr::next_number, parent_path, decimal_path_less") {
    CHECK(next_number(number_of("1.9. X")) == "1.10");
    CHECK(next_number(number_of("c) X")) == "d");
    CHECK(parent_path("1.2.3") == "1.2");
    CHECK(parent_path("4").empty());
    CHECK(decimal_path_less("1.9", "1.10"));
    CHECK_FALSE(decimal_path_less("2", "1.10"));
    CHECK(decimal_path_less("1", "1.1"));
}

TEST_CASE("perr::bullet_length and normalize_marker") {
    CHECK(bullet_length("\u2022\tFavoriser") == 3); // LibreOffice: glyph, then TAB
    CHECK(bullet_length("o Favoriser") == 1);       // Word's second level through pdftotext
    CHECK(bullet_length("ou bien") == 0);
    CHECK(bullet_length("\u2022Favoriser") == 0); // a glyph must be followed by a space
    CHECK(normalize_marker("\u2794") == normalize_marker("\u2192"));
    CHECK(normalize_marker("\u2013") == "-");
    CHECK(normalize_marker("\uF0B7") == "\u2022"); // Word's Symbol-font bullet
    CHECK(normalize_marker("\u25E6") == normalize_marker("o"));
    CHECK(glyph_kind(normalize_marker("\u2714")) == Kind::action);
    CHECK_FALSE(glyph_kind("\u2022"));
    CHECK(is_bullet_code_point(0x25CB));
    CHECK_FALSE(is_bullet_code_point(0xA7)); // "§ 2" inside a sentence
    CHECK_FALSE(is_bullet_code_point('-'));
}

TEST_CASE("perr::is_dash and ends_with_dash") {
    CHECK(is_dash("\u2013"));
    CHECK_FALSE(is_dash("--"));
    CHECK(ends_with_dash("réciproques \u2014  "));
    CHECK_FALSE(ends_with_dash("Grigny"));
}

TEST_CASE("perr::Marker holds every glyph class in one byte") {
    static_assert(sizeof(Marker) == 1);
    for (const Glyph& g : list_glyphs()) {
        Marker m(normalize_marker(g.bytes));
        CHECK_MESSAGE(!m.empty(), g.bytes);
        CHECK_MESSAGE(std::string_view(m) == g.normalized, g.bytes);
    }
    CHECK(Marker().empty());
    CHECK(Marker("x").empty()); // no class: no marker
    CHECK(Marker("\u2192") == Marker(normalize_marker("\u2794")));
    CHECK_FALSE(Marker("-") == Marker("\u2022"));
}
