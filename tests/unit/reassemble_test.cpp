#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "parsers/line_lexer.h"
#include "parsers/reassemble.h"

using namespace perr;

namespace {
// Paragraph texts (markers and numbers removed) joined with '|'; labels are
// lines that end with " :" here.
std::string rejoined(std::string_view text) {
    TextStore storage;
    auto paragraphs = reassemble(lex_lines(text, storage), storage,
                                 [](const Paragraph& p) { return p.colon && p.text.size() < 30; });
    std::string out;
    for (const Paragraph& p : paragraphs)
        if (!p.blank) out += std::string(p.text) + "@" + std::to_string(p.number) + "|";
    return out;
}

// Like rejoined, with each paragraph's marker in front of it.
std::string marked(std::string_view text) {
    TextStore storage;
    auto paragraphs = reassemble(lex_lines(text, storage), storage,
                                 [](const Paragraph& p) { return p.colon && p.text.size() < 30; });
    std::string out;
    for (const Paragraph& p : paragraphs)
        if (!p.blank)
            out +=
                (p.marker.empty() ? "" : std::string(p.marker) + " ") + std::string(p.text) + "|";
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
    SUBCASE("a bare bullet belongs to the line of text under it") {
        CHECK(marked("•\nAnimer le réseau\n•\nSoutenir\n") == "• Animer le réseau|• Soutenir|");
    }
    SUBCASE("bullets printed apart wait, in order, for the next paragraphs") {
        // pdftotext on a Word list: the level-1 bullets first, the items
        // further down between their own sub-items.
        CHECK(marked("•\n\n•\n\nPremier objectif\n–\nUne action\nSecond objectif\n–\nAutre\n") ==
              "• Premier objectif|- Une action|• Second objectif|- Autre|");
    }
    SUBCASE("the bullets' count splits a run of full lines that ends the list") {
        std::string text = full_lines(10) + "Objectifs :\n•\n•\n•\n\n" +
                           "Former deux cents demandeurs d'emploi par an aux métiers de\n"
                           "l'industrie\n"
                           "Développer la validation des acquis de l'expérience collective\n"
                           "Créer un parcours pour les jeunes diplômés de niveau bac et plus\n"
                           "\nSuite\n";
        std::string out = marked(text);
        CHECK(out.find("• Former deux cents demandeurs d'emploi par an aux métiers de "
                       "l'industrie|• Développer la validation des acquis de l'expérience "
                       "collective|• Créer un parcours pour les jeunes diplômés de niveau bac et "
                       "plus|Suite|") != std::string::npos);
        // Without the bullets, the same full lines are one paragraph.
        std::string bare = full_lines(10) +
                           "Développer la validation des acquis de l'expérience collective\n"
                           "Créer un parcours pour les jeunes diplômés de niveau bac et plus\n";
        CHECK(marked(bare).find("collective Créer") != std::string::npos);
    }
    SUBCASE("the count does not split when sub-items follow the run") {
        std::string text = full_lines(10) + "•\n•\n\n" +
                           "Coordonner les acteurs du service public de l'emploi et de la\n"
                           "Formation professionnelle au plus près des habitants du quartier\n"
                           "–\nUne action\nSecond objectif\n";
        CHECK(marked(text).find("• Coordonner les acteurs du service public de l'emploi et de la "
                                "Formation professionnelle au plus près des habitants du "
                                "quartier|- Une action|• Second objectif|") != std::string::npos);
    }
}

TEST_CASE("perr::reassemble a compound broken at its own hyphen") {
    SUBCASE("a capital after a word's hyphen goes on, hyphen kept and no space") {
        CHECK(rejoined("Rénover les Hauts-\nPlateaux et le Val-\nFleuri\n") ==
              "Rénover les Hauts-Plateaux et le Val-Fleuri@1|");
        CHECK(rejoined("Pour la période 2020-\n2022 seulement\n") ==
              "Pour la période 2020-2022 seulement@1|");
    }
    SUBCASE("a dash standing apart is not a break, and a lower case start is hyphenation") {
        CHECK(rejoined("Premier point -\nSecond point\n") == "Premier point -@1|Second point@2|");
        CHECK(rejoined("un accompa-\ngnement renforcé\n") == "un accompagnement renforcé@1|");
    }
}

TEST_CASE("perr::reassemble a joined item keeps its snapped indent") {
    // pdftotext -layout prints one list level at 15 and 16 columns; the item
    // at 16 wraps. Both must keep one indent (15) after the join, as the
    // outline nests items by indentation.
    TextStore storage;
    auto paragraphs = reassemble(lex_lines("   • Objectif\n"
                                           "                • Première action qui continue\n"
                                           "                  sur la ligne suivante\n"
                                           "               • Seconde action\n",
                                           storage),
                                 storage, [](const Paragraph&) { return false; });
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[1].text == "Première action qui continue sur la ligne suivante");
    CHECK(paragraphs[1].indent == paragraphs[2].indent);
    CHECK(paragraphs[1].indent == 15);
}

TEST_CASE("perr::snap_indents") {
    auto indents = [](std::string_view text) {
        TextStore storage;
        std::vector<Paragraph> lines = lex_lines(text, storage);
        snap_indents(lines);
        std::string out;
        for (const Paragraph& p : lines)
            if (!p.blank) out += std::to_string(p.indent) + " ";
        return out;
    };
    SUBCASE("a layout engine's columns one apart are one indent; markdown's are kept") {
        CHECK(indents("   • a\n    • b\n        • c\n") == "3 3 8 ");
        CHECK(indents("- a\n - b\n") == "0 1 ");
    }
    SUBCASE("in paged text a page set one column left keeps its items' indent") {
        CHECK(indents(" • page one\n\f• page two\n") == "0 0 ");
    }
    SUBCASE("as a sort of all the indents and a map from each would snap them") {
        std::mt19937 rng(7);
        for (int round = 0; round < 50; ++round) {
            std::string text;
            std::vector<int> seen;
            for (int i = 0; i < 60; ++i) {
                int indent = static_cast<int>(rng() % 12);
                text += std::string(static_cast<std::size_t>(indent), ' ') + "mot\n";
                seen.push_back(indent);
            }
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            std::map<int, int> snapped;
            for (std::size_t i = 0; i < seen.size(); ++i)
                snapped[seen[i]] = i > 0 && seen[i - 1] >= 3 && seen[i] - seen[i - 1] <= 1
                                       ? snapped[seen[i - 1]]
                                       : seen[i];
            std::string expected;
            TextStore storage;
            for (const Paragraph& p : lex_lines(text, storage))
                if (!p.blank) expected += std::to_string(snapped[p.indent]) + " ";
            CHECK(indents(text) == expected);
        }
    }
}

TEST_CASE("perr::wrap_profile") {
    auto lines_of = [](const std::vector<std::size_t>& lengths, TextStore& storage) {
        std::string text;
        for (std::size_t n : lengths) {
            for (std::size_t k = 0; k < n; ++k) text += k % 3 == 0 ? "é" : "a";
            text += '\n';
        }
        return lex_lines(storage.keep(text), storage);
    };
    SUBCASE("the width is the 95th percentile of the line lengths, in characters") {
        std::mt19937 rng(11);
        for (int round = 0; round < 30; ++round) {
            std::vector<std::size_t> lengths;
            for (int i = 0; i < 10 + round * 7; ++i) lengths.push_back(1 + rng() % 90);
            TextStore storage;
            WrapProfile profile = wrap_profile(lines_of(lengths, storage));
            std::sort(lengths.begin(), lengths.end());
            CHECK(profile.width == lengths[lengths.size() * 95 / 100]);
        }
    }
    SUBCASE("wrapped when three lines in ten or more fill three quarters of it") {
        TextStore storage;
        std::vector<std::size_t> prose(20, 70), list(20, 20);
        CHECK(wrap_profile(lines_of(prose, storage)).wrapped);
        list.insert(list.end(), 5, 70); // width 70, but only 5 lines in 25 near it
        WrapProfile short_lines = wrap_profile(lines_of(list, storage));
        CHECK(short_lines.width == 70);
        CHECK_FALSE(short_lines.wrapped);
        CHECK(wrap_profile(lines_of({70, 70}, storage)).width == 0); // under ten lines
    }
}
