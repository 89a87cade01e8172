#include <doctest/doctest.h>

#include "parsers/line_lexer.h"
#include "parsers/reassemble.h"

using namespace perr;

namespace {
// Paragraph texts (markers and numbers removed) joined with '|'; labels are
// lines that end with " :" here.
std::string rejoined(std::string_view text) {
    std::deque<std::string> storage;
    auto paragraphs = reassemble(lex_lines(text), storage,
                                 [](const Paragraph& p) { return p.colon && p.text.size() < 30; });
    std::string out;
    for (const Paragraph& p : paragraphs)
        if (!p.blank) out += p.text + "@" + std::to_string(p.number) + "|";
    return out;
}

std::string full_lines(int n) { // enough 60-column lines for the text to look wrapped
    std::string out;
    for (int i = 0; i < n; ++i) out += std::string(60, 'x') + "\n\n";
    return out;
}
} // namespace

TEST_CASE("perr::reassemble") {
    SUBCASE("a hanging indent continues the item; the line number is the first line's") {
        CHECK(rejoined("• Favoriser la mobilité des\n  habitants\n• Animer\n") ==
              "Favoriser la mobilité des habitants@1|Animer@3|");
    }
    SUBCASE("a lower-case start continues; a marker, a number or a blank line ends") {
        CHECK(rejoined("- Favoriser la\nmobilité\n1. Animer\nle réseau\n\nsuite\n") ==
              "Favoriser la mobilité@1|Animer le réseau@3|suite@6|");
    }
    SUBCASE("end-of-line hyphenation is undone; a compound's hyphen stays") {
        CHECK(rejoined("- accompa-\ngnement\n") == "accompagnement@1|");
        CHECK(rejoined("- insertion socio-\nprofessionnelle\n") ==
              "insertion socio-professionnelle@1|");
    }
    SUBCASE("in wrapped text a full, unfinished line goes on; a short one ends") {
        std::string text = full_lines(10) +
                           "- Favoriser la mobilité des habitants des quartiers prioritaires sur\n"
                           "Territoire et au-delà\n"
                           "Court titre\n"
                           "Autre ligne\n";
        std::string out = rejoined(text);
        CHECK(out.find("prioritaires sur Territoire et au-delà@21|") != std::string::npos);
        CHECK(out.find("Court titre@23|Autre ligne@24|") != std::string::npos);
    }
    SUBCASE("text with one paragraph per line joins nothing on width alone") {
        CHECK(rejoined("Une ligne de texte assez longue pour remplir la largeur\nAutre\n") ==
              "Une ligne de texte assez longue pour remplir la largeur@1|Autre@2|");
    }
    SUBCASE("a label (the vocabulary's say) and a line after a colon start anew") {
        CHECK(rejoined("- Animer les réseaux\nobjectifs opérationnels :\n") ==
              "Animer les réseaux@1|objectifs opérationnels@2|");
        CHECK(rejoined("Il se décline en :\nquatre axes\n") == "Il se décline en@1|quatre axes@2|");
    }
}
