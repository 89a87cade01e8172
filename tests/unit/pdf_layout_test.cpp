#include <deque>
#include <doctest/doctest.h>

#include "parsers/pdf_layout.h"
#include "parsers/pdf_page.h"

using namespace perr;

namespace {

// One line of body text (12 pt) or of another font, at (x, top).
PdfLine line(std::string text, double x, double top, double size = 12, bool bold = false,
             std::string glyph = "") {
    PdfLine l;
    l.text = std::move(text);
    l.glyph = std::move(glyph);
    l.x0 = x;
    l.second_x = l.glyph.empty() ? x : x + 14;
    double width = static_cast<double>(l.text.size()) * size * 0.5;
    l.x1 = l.second_x + width;
    l.top = top;
    l.bottom = top + size * 1.3;
    l.size = size;
    l.first_word_width =
        static_cast<double>(l.text.find(' ') == std::string::npos ? l.text.size()
                                                                  : l.text.find(' ')) *
        size * 0.5;
    l.chars = l.text.size();
    l.bold_chars = bold ? l.chars : 0;
    return l;
}

PdfPage page(std::vector<PdfLine> lines) {
    PdfPage p;
    p.width = 595;
    p.height = 842;
    p.lines = std::move(lines);
    return p;
}

std::vector<Paragraph> read(std::vector<PdfPage> pages, int* furniture = nullptr) {
    number_lines(pages);
    int removed = remove_pdf_furniture(pages);
    if (furniture) *furniture = removed;
    static std::deque<ParagraphDocument> keep; // Paragraph::raw points into it
    keep.push_back(pdf_paragraphs(pages));
    return keep.back().paragraphs;
}

} // namespace

TEST_CASE("perr::group_lines") {
    auto word = [](std::string t, double x, double top, bool bold = false) {
        PdfWord w;
        w.text = std::move(t);
        w.x0 = x;
        w.x1 = x + 6 * static_cast<double>(w.text.size());
        w.top = top;
        w.bottom = top + 15;
        w.size = 12;
        w.bold = bold;
        return w;
    };
    auto lines = group_lines({word("•", 78, 100), word("Stimuler", 92, 100), word("la", 150, 100.5),
                              word("Objectifs", 56, 120, true), word(":", 120, 120, true)});
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].glyph == "•");
    CHECK(lines[0].text == "Stimuler la");
    CHECK(lines[0].second_x == 92);
    CHECK(lines[1].text == "Objectifs :");
    CHECK(lines[1].bold_chars == lines[1].chars);
    CHECK(font_is_bold("CAAAAA+DejaVuSerif-Bold"));
    CHECK(font_is_italic("Arial,BoldItalic"));
    CHECK_FALSE(font_is_bold("BAAAAA+DejaVuSerif"));
}

TEST_CASE("pdf: font sizes rank as heading levels; bold body-size lines are headings below them") {
    auto ps = read({page({line("Titre du protocole", 56, 40, 24, true),
                          line("Axe 1 : Emploi", 56, 80, 18, true),
                          line("Objectif stratégique : réussir", 56, 110, 14, true),
                          line("Un paragraphe de texte ordinaire.", 56, 140),
                          line("Objectifs opérationnels :", 56, 170, 12, true)})});
    REQUIRE(ps.size() == 5);
    CHECK(ps[0].heading_level == 1);
    CHECK(ps[1].heading_level == 2);
    CHECK(ps[2].heading_level == 3);
    CHECK(ps[3].heading_level == 0);
    CHECK(ps[4].heading_level == 4);
    CHECK(ps[4].emphasis == Emphasis::bold);
    CHECK(static_cast<bool>(ps[4].colon));
}

TEST_CASE("pdf: marker x positions rank as list levels") {
    auto ps =
        read({page({line("Objectifs :", 56, 100), line("Premier objectif", 78, 120, 12, false, "•"),
                    line("Une action", 113, 140, 12, false, "◦"),
                    line("Second objectif", 79, 160, 12, false, "•")})});
    REQUIRE(ps.size() == 4);
    CHECK(ps[1].list_level == 1);
    CHECK(ps[2].list_level == 2);
    CHECK(ps[3].list_level == 1);
    CHECK(ps[1].marker == "•");
}

TEST_CASE("pdf: a wrapped line joins its item; a short line ends it; hyphenation is undone") {
    PdfLine first = line("Favoriser la mobilité des habitants des quartiers et l'accompa-", 78, 100,
                         12, false, "•");
    first.x1 = 540; // full: the next word would not fit
    PdfLine second = line("gnement des jeunes", 92, 116);
    PdfLine third = line("Un texte qui suit", 56, 132);
    PdfLine right = line("x", 56, 148);
    right.x1 = 540; // the page's text edge
    auto ps = read({page({first, second, third, right})});
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "Favoriser la mobilité des habitants des quartiers et l'accompagnement des "
                        "jeunes");
    CHECK(ps[1].text == "Un texte qui suit");
}

TEST_CASE("pdf: running headers, footers and page numbers go by position and repetition") {
    std::vector<PdfPage> pages;
    for (int n = 1; n <= 3; ++n)
        pages.push_back(page({line("Protocole de Ville – Territoire", 56, 28),
                              line("Axe " + std::to_string(n) + " : Emploi", 56, 200, 18, true),
                              line("Une phrase qui occupe la ligne entière.", 56, 240),
                              line("Page " + std::to_string(n) + " sur 3", 260, 800)}));
    pages[1].lines.push_back(line("7", 290, 815)); // a bare page number
    int furniture = 0;
    auto ps = read(pages, &furniture);
    CHECK(furniture == 7);
    REQUIRE(ps.size() == 6);
    CHECK(ps[0].text == "Axe 1 : Emploi");
    CHECK(ps[0].number == 2); // running line numbers count the furniture
    CHECK(ps[4].number == 11);
}

TEST_CASE("pdf: a label that often opens pages but also stands inside them is not furniture") {
    std::vector<PdfPage> pages;
    for (std::string topic : {"emploi", "habitat", "santé", "culture"})
        pages.push_back(page({line("Objectifs opérationnels :", 56, 40, 12, true),
                              line("Premier objectif " + topic, 78, 60, 12, false, "•"),
                              line("Objectifs opérationnels :", 56, 400, 12, true),
                              line("Second objectif " + topic, 78, 420, 12, false, "•")}));
    int furniture = -1;
    auto ps = read(pages, &furniture);
    CHECK(furniture == 0);
    CHECK(ps.size() == 16);
}

TEST_CASE("perr::group_lines: a column of bullets read before their items joins its lines") {
    auto word = [](std::string t, double x, double top) {
        PdfWord w;
        w.text = std::move(t);
        w.x0 = x;
        w.x1 = x + 6 * static_cast<double>(w.text.size());
        w.top = top;
        w.bottom = top + 15;
        w.size = 12;
        return w;
    };
    // poppler's order for pandoc's lists: the bullets' column, then the texts
    auto lines = group_lines({word("•", 84, 100), word("•", 84, 130), word("Premier", 108, 100),
                              word("suite", 108, 115), word("Second", 108, 130)});
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].glyph == "•");
    CHECK(lines[0].text == "Premier");
    CHECK(lines[0].x0 == 84);
    CHECK(lines[0].second_x == 108);
    CHECK(lines[1].glyph.empty());
    CHECK(lines[2].glyph == "•");
}

TEST_CASE("pdf: fonts of one size rank by first appearance; another family counts") {
    auto sans = [](PdfLine l, bool italic) {
        l.family = "Sans";
        l.italic_chars = italic ? l.chars : 0;
        return l;
    };
    PdfLine body =
        line("Du texte ordinaire en corps du document, assez long pour compter.", 56, 300);
    body.family = "Serif";
    PdfLine label = line("Objectifs opérationnels :", 56, 240, 12, true);
    label.family = "Serif";
    auto ps =
        read({page({sans(line("Axe 1 : Emploi", 56, 100, 12, true), false),
                    sans(line("Objectif stratégique : réussir", 56, 140), true),
                    sans(line("1. Repérer les publics", 56, 180), false), label, body, body})});
    REQUIRE(ps.size() >= 4);
    CHECK(ps[0].heading_level == 1);
    CHECK(ps[1].heading_level == 2);
    CHECK(ps[1].emphasis == Emphasis::plain); // an italic heading font is not a remark
    CHECK(ps[2].heading_level == 3);
    CHECK(ps[2].numbering().text == "1");
    CHECK(ps[3].heading_level == 4);
}

TEST_CASE("pdf: paragraph breaks follow the measured line pitch") {
    PdfLine a = line("Une première phrase qui remplit toute la ligne jusqu'au bord", 56, 100);
    a.x1 = 540;
    PdfLine b = line("et qui continue ici.", 56, 116); // the usual pitch: 16
    PdfLine c = line("Un autre paragraphe, plus bas que le pas des lignes.", 56, 140);
    PdfLine d = line("Une ligne encore", 56, 156);
    auto ps = read({page({a, b, c, d})});
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "Une première phrase qui remplit toute la ligne jusqu'au bord et qui "
                        "continue ici.");
}

TEST_CASE("pdf: a number under an item's number opens the next item; a dash wraps a heading") {
    PdfLine one =
        line("1. Stimuler la mutation des zones d'activités économiques du territoire", 78, 100);
    one.second_x = 92;
    one.x1 = 540;
    PdfLine two = line("2. Développer l'offre tertiaire", 78, 116);
    two.second_x = 92;
    PdfLine title = line("Protocole d'engagements renforcés et réciproques", 56, 40, 18, true);
    title.x1 = 540;
    PdfLine territory = line("Agglomération du Test", 56, 62, 18, true, "–");
    auto ps = read({page({title, territory, one, two})});
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "Protocole d'engagements renforcés et réciproques – Agglomération du Test");
    CHECK(ps[1].numbering().text == "1");
    CHECK(ps[2].numbering().text == "2");
    CHECK(ps[1].list_level == 1);
}
