#include <doctest/doctest.h>

#include "parsers/line_lexer.h"
#include "parsers/page_furniture.h"

using namespace perr;

namespace {
// The lines that remain, joined with '|'.
std::string kept(std::string_view text, int* removed = nullptr) {
    TextStore store;
    auto lines = lex_lines(text, store);
    int n = remove_page_furniture(lines);
    if (removed) *removed = n;
    std::string out;
    for (const Paragraph& p : lines) {
        for (char c : p.raw)
            if (c != '\f') out += c;
        out += '|';
    }
    return out;
}
} // namespace

TEST_CASE("perr::is_page_number") {
    for (std::string_view s : {"3", " - 3 -", "Page 3", "page 3/12", "3/12", "Page 3 sur 12", "12 ",
                               "– 3 –", "PAGE 3 OF 12", "p. 14", "7\u00A0"})
        CHECK_MESSAGE(is_page_number(s), s);
    for (std::string_view s : {"3 axes", "2019-2022", "Page de garde", "1.2", "- Favoriser", "",
                               " ", "3.", "Page 3 :", "3 –x", "page 3/12 h"})
        CHECK_FALSE_MESSAGE(is_page_number(s), s);
}

TEST_CASE("perr::remove_page_furniture") {
    SUBCASE("form feeds: a header on every page goes, with the blank lines around the break") {
        int removed = 0;
        CHECK(kept("Titre\nLigne a\n\n1\n\fEn-tête\n\nLigne b\n\n2\n\fEn-tête\n\nLigne c\n",
                   &removed) == "Titre|Ligne a|Ligne b|Ligne c|");
        CHECK(removed == 4);
    }
    SUBCASE("two pages: the first page's header witnesses the second's, and stays") {
        CHECK(kept("En-tête du protocole\n\nLigne a\nLigne b\n\fEn-tête du protocole\n\n"
                   "Ligne c\n") == "En-tête du protocole||Ligne a|Ligne b|Ligne c|");
    }
    SUBCASE("a line repeated inside the pages is content, even at a page's edge") {
        std::string text = "Objectifs :\n- a\n- b\n- c\n\fObjectifs :\n- d\n- e\n"
                           "Objectifs :\n- f\n- g\n- h\n\fObjectifs :\n- i\n- j\n- k\n";
        CHECK(kept(text) == "Objectifs :|- a|- b|- c|Objectifs :|- d|- e|Objectifs :|- f|- g|- "
                            "h|Objectifs :|- i|- j|- k|");
    }
    SUBCASE("without form feeds: a framed line whose number changes, or that names its page") {
        CHECK(kept("a\n\nDoc 1/3\n\nb\n\nDoc 2/3\n\nc\n\nDoc 3/3\n\nd\n") == "a|b|c|d|");
        CHECK(kept("a\n\nRapport - page 1\n\nb\n") == "a|b|");
    }
    SUBCASE("a heading repeated in each part keeps its number: not furniture") {
        std::string text =
            "\n## Axe 1 - Emploi\n\nx\n\n## Axe 1 - Emploi\n\ny\n\n## Axe 1 - Emploi\n\n";
        CHECK(kept(text) == "|## Axe 1 - Emploi||x||## Axe 1 - Emploi||y||## Axe 1 - Emploi||");
    }
}
