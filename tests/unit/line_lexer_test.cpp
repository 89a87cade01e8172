#include <doctest/doctest.h>

#include "parsers/line_lexer.h"
#include "utilities/text.h"

using namespace perr;

namespace {
// The stripped texts the test paragraphs view live as long as the test run.
TextStore& kept_texts() {
    static TextStore store;
    return store;
}

Paragraph lex1(std::string_view s) {
    auto lines = lex_lines(s, kept_texts());
    REQUIRE(lines.size() == 1);
    return lines[0];
}
} // namespace

TEST_CASE("perr::lex_lines") {
    SUBCASE("bullets are normalized and removed from the text") {
        Paragraph l = lex1("- Favoriser la mobilité");
        CHECK(l.marker == "-");
        CHECK(l.text == "Favoriser la mobilité");
        CHECK(lex1("➔ Favoriser").marker == lex1("→ Favoriser").marker);
        CHECK(lex1("– Favoriser").marker == "-");
        CHECK(lex1("○ Objectif").marker == "○");
    }
    SUBCASE("emphasis of the whole line, markup stripped, trailing colon noted") {
        Paragraph l = lex1(" - *Veillant à la prise en compte :*");
        CHECK(l.indent == 1);
        CHECK(l.emphasis == Emphasis::italic);
        CHECK(static_cast<bool>(l.colon)); // a bit-field: no reference binds to it
        CHECK(l.text == "Veillant à la prise en compte");
        CHECK(lex1("→ **Soutenir les porteurs**").emphasis == Emphasis::bold);
        CHECK(lex1("- **Axe 1** : L'insertion").emphasis == Emphasis::plain);
    }
    SUBCASE("numbers") {
        Paragraph a = lex1("1. Développement économique");
        CHECK(a.numbering().text == "1");
        CHECK(a.numbering().style == "1.");
        CHECK(a.text == "Développement économique");
        Paragraph b = lex1("B. Objectifs stratégiques");
        CHECK(b.numbering().text == "B");
        CHECK(b.numbering().style == "A.");
        Paragraph c = lex1("- 2 – améliorer le bien-être");
        CHECK(c.marker == "-");
        CHECK(c.numbering().text == "2");
        CHECK(c.text == "améliorer le bien-être");
        CHECK(lex1("2020-2022 : objectifs").numbering().text.empty());
        CHECK(lex1("09/12/2019").numbering().text.empty());
    }
    SUBCASE("markdown headings, including '#word'") {
        CHECK(lex1("#GRAND PARIS – Signature").heading_level == 1);
        CHECK(lex1("## Axe 2").text == "Axe 2");
        CHECK(lex1("#1 priorité").heading_level == 0);
    }
    SUBCASE("blank lines") {
        auto lines = lex_lines("a\n   \nb", kept_texts());
        REQUIRE(lines.size() == 3);
        CHECK(static_cast<bool>(lines[1].blank));
        CHECK(lines[2].number == 3);
    }
}

TEST_CASE("perr::strip_markup") {
    CHECK(strip_markup("<p><i>Ex : un exemple</i></p>") == "Ex : un exemple");
    CHECK(strip_markup("**gras** et *italique*") == "gras et italique");
    CHECK(strip_markup("3 * 4 et a < b") == "3 * 4 et a < b");
    CHECK(strip_markup("E#L et 3^e") == "E#L et 3^e");
}

TEST_CASE("perr::strip_markup copies plain text and cleans everything else") {
    CHECK(strip_markup("Favoriser l'emploi des jeunes") == "Favoriser l'emploi des jeunes");
    CHECK(strip_markup("") == "");
    CHECK(strip_markup("  deux  espaces ") == "deux espaces");
    CHECK(strip_markup("a\tb") == "a b");
    CHECK(strip_markup("<b>gras</b> et *accent*") == "gras et accent");
    CHECK(strip_markup("l\\'emploi") == "l'emploi");
    CHECK(strip_markup("__fort__") == "fort");
    CHECK(strip_markup("3 * 4") == "3 * 4");
}

TEST_CASE("perr::lex_line a form feed takes no column") {
    // pdftotext starts a page's first line with the page break.
    Paragraph after_break = lex_line("\f   • Favoriser l'emploi", 7, kept_texts());
    CHECK(after_break.indent == 3);
    CHECK(after_break.marker == "•");
    CHECK(after_break.text == "Favoriser l'emploi");
    CHECK(lex_line("\f\tAction", 8, kept_texts()).indent == 4);
}

TEST_CASE("perr::strip_markup into a buffer gives what the copying form gives") {
    // The viewing form takes a short cut for emphasis around plain text.
    for (std::string_view s : {"*Agir pour l'emploi*",
                               "**Axe 1**",
                               "***fort***",
                               "*a*",
                               "*",
                               "**",
                               "* a *",
                               "*a b*",
                               "**a  b**",
                               "*a*b*",
                               "*a",
                               "a*",
                               "*a_b*",
                               "*a <b>c</b>*",
                               "*l\\'emploi*",
                               "plain",
                               " *a* ",
                               "*a \tb*",
                               "**3 * 4**",
                               "*a *",
                               "* a*",
                               "__a__"}) {
        std::string buffer;
        std::string_view viewed = strip_markup(s, buffer);
        CHECK_MESSAGE(viewed == strip_markup(s), s);
        bool inside_s = viewed.data() >= s.data() && viewed.data() <= s.data() + s.size();
        CHECK_MESSAGE((inside_s || viewed.data() == buffer.data() || viewed.empty()), s);
    }
    std::string buffer;
    std::string_view line = "*Agir pour l'emploi*";
    CHECK(strip_markup(line, buffer).data() == line.data() + 1); // a view, no copy
    CHECK(buffer.empty());
}

// A 50 MB text makes a million paragraphs: their size is the readers' peak.
static_assert(sizeof(void*) != 8 || sizeof(Paragraph) == 56, "Paragraph grew past 56 bytes");
