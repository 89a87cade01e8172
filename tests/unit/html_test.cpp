#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "parsers/html_fragment.h"
#include "parsers/ingest.h"
#include "parsers/readers.h"
#include "schema/outline.h"
#include "utilities/html5_c1.h"
#include "utilities/text.h"

using namespace perr;

namespace {

std::string outline_of(const std::string& text, Layout layout) {
    Ingester ing;
    auto r = ing.ingest(text, {"t", layout});
    REQUIRE(r.ok());
    return dump_outline(r.value().document.children);
}

// One html-table row: first cell TAB content cell.
std::string row(const std::string& first, const std::string& content) {
    return first + "\t" + content + "\n";
}

} // namespace

TEST_CASE("perr::html_blocks") {
    SUBCASE("UTF-8 is kept, blocks and italic spans are found") {
        auto t =
            html_blocks("<p>Réussir l’été</p> <p><i>Ex : un exemple</i> et la suite</p>", false);
        REQUIRE(t.blocks.size() == 2);
        CHECK(t.blocks[0].text == "Réussir l’été");
        CHECK(t.blocks[1].text == "Ex : un exemple et la suite");
        REQUIRE(t.blocks[1].italic.size() == 1);
        CHECK(t.blocks[1].italic[0].begin == 0);
        CHECK(mostly_covered(t.blocks[1].italic, t.blocks[1].text, 0, 15));
        CHECK_FALSE(
            mostly_covered(t.blocks[1].italic, t.blocks[1].text, 0, t.blocks[1].text.size()));
    }
    SUBCASE("malformed markup is counted, HTML5 elements are not errors") {
        CHECK(html_blocks("<p><b>unclosed</p></div></span>", false).errors > 0);
        CHECK(html_blocks("<nav>menu</nav><section><p>texte</p></section>", true).errors == 0);
    }
    SUBCASE("entities and non-breaking spaces") {
        auto t = html_blocks("<p>a&nbsp;: b &amp; c</p>", false);
        REQUIRE(t.blocks.size() == 1);
        CHECK(t.blocks[0].text == "a : b & c");
    }
    SUBCASE("closed lists nest, unclosed ones only separate") {
        auto closed = html_blocks("<ul><li>a<ul><li>b</li></ul></li></ul>", true);
        REQUIRE(closed.blocks.size() == 2);
        CHECK(closed.blocks[1].list_depth == 2);
        CHECK(lists_balanced("<ul><li>a</li></ul>"));
        CHECK_FALSE(lists_balanced("<ul> ○ a <ul> ✓ b"));
        auto open = html_blocks("<ul> ○ a <ul> ✓ b", true);
        REQUIRE(open.blocks.size() == 2);
        CHECK(open.blocks[1].list_depth == 0);
    }
    SUBCASE("data tables number their columns") {
        auto t = html_blocks("<table><tr><th>Action</th><th>Pilote</th></tr><tr><td>Agir</"
                             "td><td>Ville</td></tr></table>",
                             true);
        REQUIRE(t.blocks.size() == 4);
        CHECK(t.blocks[0].header_cell);
        CHECK(t.blocks[2].column == 0);
        CHECK(t.blocks[3].column == 1);
    }
}

TEST_CASE("perr::read_html_table cells are signals on paragraphs") {
    SUBCASE("a cell's first paragraph says which column it opens") {
        auto doc =
            read_html_table(row("<p>Axe 1 : Emploi</p> <p>Suite</p>", "<ul> ○ Opérer ○ Agir"));
        REQUIRE(doc.paragraphs.size() == 4);
        CHECK(doc.paragraphs[0].cell_start == CellStart::heading_column);
        CHECK(doc.paragraphs[1].cell_start == CellStart::none);
        CHECK(doc.paragraphs[2].cell_start == CellStart::content_column);
        CHECK(doc.paragraphs[2].marker == "○");
        CHECK(doc.paragraphs[3].cell_start == CellStart::none);
    }
    SUBCASE("a cell whose words the HTML reader drops still begins, as a blank paragraph") {
        auto doc = read_html_table(row("<p>Axe 1 : Emploi</p>", "<script>x</script>") +
                                   row("<p><br></p>", "<p>Texte</p>"));
        std::vector<CellStart> starts;
        for (const Paragraph& p : doc.paragraphs)
            if (p.cell_start != CellStart::none) starts.push_back(p.cell_start);
        CHECK(starts ==
              std::vector<CellStart>{CellStart::heading_column, CellStart::content_column,
                                     CellStart::content_column}); // "<p><br></p>": no cell
        CHECK(static_cast<bool>(doc.paragraphs[1].blank));
    }
    SUBCASE("a territory's part header is one paragraph naming it; table ends hold nothing") {
        auto doc = read_html_table("Grand Test\t\tProtocole d'Engagements Renforcés et "
                                   "Réciproques GRAND TEST\n--\t--\n");
        REQUIRE(doc.paragraphs.size() == 1);
        CHECK(static_cast<bool>(doc.paragraphs[0].territory_header));
        CHECK(doc.paragraphs[0].text == "Grand Test");
    }
}

TEST_CASE("perr::read_html_table a garbled cell opening still begins its cell") {
    // The content cell's only paragraph is a font-shifted run: left out, but
    // the next row's first cell must still continue the first cell's list.
    std::string doc = row("<p>THEMATIQUE EMPLOI</p> <p>Objectif stratégique : Réussir</p> <p>Les "
                          "priorités pour le territoire :</p> <ul> - Renforcer l'accès",
                          "<p>HWSURJUDPPH GH UHQRYDWLRQ XUEDLQH GHV TXDUWLHUV SULRULWDLUHV</p>") +
                      row("<p>– Favoriser le lien</p>", "<ul> ○ Coordonner");
    CHECK(outline_of(doc, Layout::html_table) == "axe: EMPLOI\n"
                                                 "  objectif_strategique: Réussir\n"
                                                 "    priorite: Renforcer l'accès\n"
                                                 "    priorite: Favoriser le lien\n"
                                                 "    objectif_operationnel: Coordonner\n");
}

TEST_CASE("perr::read_html_table glyph ranking") {
    std::string doc = row(
        "<p>THEMATIQUE EMPLOI</p> <p>Objectif stratégique : Réussir</p>",
        "<p>➔ Orienter</p> <ul> ○ Opérer <ul> ✓ <i>Agir</i> ✓ Faire ➔ Réorienter ○ Opérer encore");
    CHECK(outline_of(doc, Layout::html_table) == "axe: EMPLOI\n"
                                                 "  objectif_strategique: Réussir\n"
                                                 "    orientation: Orienter\n"
                                                 "      objectif_operationnel: Opérer\n"
                                                 "        action: Agir\n"
                                                 "        action: Faire\n"
                                                 "    orientation: Réorienter\n"
                                                 "      objectif_operationnel: Opérer encore\n");
}

TEST_CASE("perr::read_html_table continuation rows, priorities and comments") {
    std::string doc = row("<p>THEMATIQUE EMPLOI</p> <p>Objectif stratégique : Réussir</p> <p>Les "
                          "priorités pour le territoire :</p> "
                          "<ul> - Renforcer l'accès ; - Lever les freins ;",
                          "<p>➔ Orienter</p> <ul> ○ Opérer : <p><i>Ex : un commentaire</i></p>") +
                      row("<p>– Favoriser le lien</p>", "<ul> ○ Coordonner") + "\t<ul> ○ Animer\n";
    CHECK(outline_of(doc, Layout::html_table) ==
          "axe: EMPLOI\n"
          "  objectif_strategique: Réussir\n"
          "    priorite: Renforcer l'accès\n"
          "    priorite: Lever les freins\n"
          "    orientation: Orienter\n"
          "      objectif_operationnel: Opérer\n"
          "      objectif_operationnel: Coordonner\n"
          "      objectif_operationnel: Animer\n"
          "    priorite: Favoriser le lien\n"); // document order
}

TEST_CASE("perr::read_html_table markdown runs and territories") {
    std::string doc =
        std::string("Grand Test <small>Région</small>\t\tProtocole d'Engagements Renforcés et "
                    "Réciproques GRAND TEST\n") +
        row("<p>THEMATIQUE EMPLOI</p>", "<p>➔ Orienter</p> <ul> ○ Opérer <ul> ✓ Agir") +
        "--\t--\n\n- ✓ *Agir encore*\n\n→ **Réorienter**\n\n- Opérer sans glyphe\n - ✓ "
        "*Sous-action*\n\n" +
        "\t<p align=\"center\">Protocole d'Engagements Renforcés et Réciproques MOISSY - "
        "CRAMAYEL\n" +
        row("<p>Thématique cadre de vie</p>", "<ul> ➔ Embellir");
    CHECK(outline_of(doc, Layout::html_table) == "territoire: Grand Test\n"
                                                 "  axe: EMPLOI\n"
                                                 "    orientation: Orienter\n"
                                                 "      objectif_operationnel: Opérer\n"
                                                 "        action: Agir\n"
                                                 "        action: Agir encore\n"
                                                 "    orientation: Réorienter\n"
                                                 "      objectif_operationnel: Opérer sans glyphe\n"
                                                 "        action: Sous-action\n"
                                                 "territoire: Moissy-Cramayel\n"
                                                 "  axe: cadre de vie\n"
                                                 "    orientation: Embellir\n");
}

TEST_CASE("perr::read_html_page") {
    std::string page =
        "<html><head><title>T</title><script>x()</script></head><body><nav>Accueil</nav>"
        "<h1>Protocole</h1><h2>Axe 1 : Emploi</h2><p><b>Objectifs opérationnels :</b></p>"
        "<ul><li>Former :<ul><li>un atelier</li></ul></li><li>Accompagner</li></ul></body></html>";
    CHECK(outline_of(page, Layout::html) == "axe 1: Emploi\n"
                                            "  objectif_operationnel: Former\n"
                                            "    action: un atelier\n"
                                            "  objectif_operationnel: Accompagner\n");
}

TEST_CASE(
    "HTML numeric references 128 to 159 read as HTML5 does (windows-1252), not as C1 controls") {
    auto text = [](const std::string& html) { return html_blocks(html, true).blocks.at(0).text; };
    CHECK(text("<p>l&#146;emploi &#128; &#150; &#x85; &#156;uvre</p>") == "l’emploi € – … œuvre");
    CHECK(text("<p>a&#129;b</p>") == "a\u0081b"); // undefined in windows-1252: kept
    CHECK(text("<p>d\u0092abord</p>") == "d’abord");
    CHECK(html5_c1_character(0x92) == 0x2019);
    CHECK(html5_c1_character(0xE9) == 0xE9);
}

TEST_CASE("pathological html-table cells ingest in linear time") {
    auto time_of = [](const std::string& text) {
        Ingester ing;
        auto start = std::chrono::steady_clock::now();
        auto r = ing.ingest(text, {"t", Layout::html_table});
        auto ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        REQUIRE(r.ok());
        return std::pair{ms, dump_outline(r.value().document.children)};
    };
    auto unclosed = [](int n) {
        std::string cell = "<p>➔ Orienter</p>";
        for (int i = 0; i < n; ++i)
            cell += "<ul style=\"list-style-type: none\"> ○ une action de la ville";
        return row("<p>THEMATIQUE EMPLOI</p> <p>Objectif stratégique : Réussir</p>",
                   cell + " ○ le dernier");
    };
    SUBCASE("10,000 unclosed <ul>: nothing dropped") {
        auto [ms, outline] = time_of(unclosed(10000));
        CHECK(outline.find("objectif_operationnel: le dernier") != std::string::npos);
        auto [ms4, outline4] = time_of(unclosed(40000));
        INFO("10k: " << ms << " ms, 40k: " << ms4 << " ms");
        CHECK(ms4 < 4 * 4 * ms + 200); // linear would be 4x; quadratic 16x
    }
    SUBCASE("a 1 MB cell") {
        auto big = [](std::size_t bytes) {
            std::string cell = "<p>➔ Orienter</p><ul> ○ ";
            while (cell.size() < bytes) cell += "<i>mot</i> texte d'une action très longue, ";
            return row("<p>THEMATIQUE EMPLOI</p> <p>Objectif stratégique : Réussir</p>", cell);
        };
        auto [ms, outline] = time_of(big(1 << 18));
        auto [ms4, outline4] = time_of(big(1 << 20));
        INFO("256 KB: " << ms << " ms, 1 MB: " << ms4 << " ms");
        CHECK(outline4.find("orientation: Orienter") != std::string::npos);
        CHECK(ms4 < 4 * 4 * ms + 200);
    }
}
