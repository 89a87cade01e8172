// Structuring rules that, before these tests, only one sample exercised
// (bench/coverage_per_sample.sh, issue 10): each on a small input written
// for it. Names, places and wording are invented, none from a sample.
#include <doctest/doctest.h>

#include <string>

#include "parsers/html_fragment.h"
#include "parsers/ingest.h"
#include "parsers/signals.h"
#include "schema/outline.h"
#include "utilities/decode.h"
#include "utilities/text.h"

using namespace perr;

namespace {

Document ingested(const Ingester& ing, const std::string& text) {
    auto r = ing.ingest(text, {"mem.txt", std::nullopt});
    REQUIRE(r.ok());
    return r.value().document;
}

const Node* find_titled(const std::vector<Node>& nodes, std::string_view title) {
    for (const Node& n : nodes) {
        if (n.title == title) return &n;
        if (const Node* inner = find_titled(n.children, title)) return inner;
    }
    return nullptr;
}

// Two rows of an HTML-table export (first cell, TAB, content cell), then a
// markdown run outside the table and the table's end.
constexpr std::string_view kTableDocument =
    "<p>EMPLOI</p>\t<p>Objectif stratégique : Favoriser l’embauche locale</p> <ul> ○ Former "
    "les jeunes adultes <i>Voir aussi la fiche consacrée à la mobilité</i></ul> <ul> ✓ "
    "Ouvrir un atelier</ul>\n"
    "<p>SANTE</p>\t<p>Objectif stratégique : Soigner mieux</p> <ul> ○ Prévenir les "
    "chutes</ul>\n"
    "\n"
    "- Installer un centre de soins\n"
    "\n"
    "--\t--\n";

} // namespace

TEST_CASE("rules: a web page's chrome and its source line (classify_lines, layout web)") {
    Ingester ing;
    Document d = ingested(ing, "Accueil\n\nPartager\n\nImprimer\n\n"
                               "Contrat de ville de Valbrume\n\n"
                               "Axe 1 : Emploi\n\n- Former les jeunes\n\n"
                               "Axe 2 : Santé\n\n- Prévenir les chutes\n\n"
                               "(Source : https://www.valbrume.fr/le-contrat-de-ville.htm)\n");
    CHECK(d.source.layout == "web");
    // "Accueil" is page chrome, not the title (read as plain text it is).
    CHECK(d.title == "Contrat de ville de Valbrume");
    CHECK(d.source.url == "https://www.valbrume.fr/le-contrat-de-ville.htm");
    CHECK(dump_outline(d.children) == "axe 1: Emploi\n"
                                      "  objectif_strategique: Former les jeunes\n"
                                      "axe 2: Santé\n"
                                      "  objectif_strategique: Prévenir les chutes\n");
}

TEST_CASE("rules: a bulleted kind label is a label (classify_bulleted)") {
    Ingester ing;
    Document d = ingested(ing, "Axe 1 : Emploi\n"
                               "- Objectifs opérationnels :\n"
                               "- Former les jeunes\n"
                               "- Accompagner les familles\n"
                               "- Objectif stratégique : Soigner mieux\n"
                               "Axe 2 : Santé\n"
                               "- Prévenir\n");
    // The group label names its items' kind and is no node; the labelled
    // heading is a node of its kind, titled without its label.
    CHECK(dump_outline(d.children) == "axe 1: Emploi\n"
                                      "  objectif_operationnel: Former les jeunes\n"
                                      "  objectif_operationnel: Accompagner les familles\n"
                                      "  objectif_strategique: Soigner mieux\n"
                                      "axe 2: Santé\n"
                                      "  objectif_strategique: Prévenir\n");
}

TEST_CASE("rules: a labelled list written as one paragraph of clauses (rule 5)") {
    Ingester ing;
    Document d = ingested(ing, "Axe 1 : Emploi\n"
                               "Objectifs opérationnels :\n"
                               "Former les jeunes ; Accompagner les familles ; Soutenir les "
                               "commerces ;\n"
                               "Axe 2 : Santé\n"
                               "- Prévenir les chutes\n");
    CHECK(dump_outline(d.children) == "axe 1: Emploi\n"
                                      "  objectif_operationnel: Former les jeunes\n"
                                      "  objectif_operationnel: Accompagner les familles\n"
                                      "  objectif_operationnel: Soutenir les commerces\n"
                                      "axe 2: Santé\n"
                                      "  objectif_strategique: Prévenir les chutes\n");
}

TEST_CASE("rules: HTML-table cells (CellReader, item_starts, effective_look)") {
    Ingester ing;
    Document d = ingested(ing, std::string(kTableDocument));
    REQUIRE(d.source.layout == "html-table");
    SUBCASE("a plain item followed by an italic comment is the item and its comment") {
        const Node* item = find_titled(d.children, "Former les jeunes adultes");
        REQUIRE(item != nullptr);
        CHECK(item->kind == Kind::objectif_operationnel);
        REQUIRE_FALSE(item->children.empty());
        CHECK(item->children[0].kind == Kind::texte);
        CHECK(item->children[0].text == "Voir aussi la fiche consacrée à la mobilité");
    }
    SUBCASE("a non-bullet character above U+2000 (’) does not start an item") {
        CHECK_FALSE(is_bullet_code_point(U'\u2019'));
        CHECK_FALSE(is_bullet_code_point(U'\u20AC'));
        CHECK(find_titled(d.children, "Favoriser l’embauche locale") != nullptr);
    }
    SUBCASE("a bare dash in a run, no glyph level to stand for: nests as its own look") {
        const Node* item = find_titled(d.children, "Prévenir les chutes");
        REQUIRE(item != nullptr);
        REQUIRE(item->children.size() == 1);
        CHECK(item->children[0].kind == Kind::action);
        CHECK(item->children[0].title == "Installer un centre de soins");
    }
}

TEST_CASE("rules: a table whose first row has no <th> lays out, it numbers no columns") {
    auto t = html_blocks("<table><tbody><tr><td>Axe 1 : Emploi</td><td>Former</td></tr>"
                         "<tr><td>Axe 2 : Santé</td><td>Soigner</td></tr></tbody></table>",
                         true);
    REQUIRE(t.blocks.size() == 4);
    for (const HtmlBlock& b : t.blocks) {
        CHECK(b.table_cell);
        CHECK(b.column == -1);
        CHECK_FALSE(b.header_cell);
    }
}

TEST_CASE("rules: metadata from a signatures section, a span of years, an institution") {
    Ingester ing;
    Document d = ingested(ing, "Protocole d engagements\n\n"
                               "Communauté d’agglomération de Valbrume\n\n"
                               "Le présent protocole engage les partenaires pour les deux "
                               "prochaines années.\n\n"
                               "Il court jusqu’en 2024.\n\n"
                               "Axe 1 : Emploi\n- Former\n- Accompagner\n\n"
                               "Signatures\n\n"
                               "Le 3 mars 2021\n\n"
                               "Le Préfet de la Région\nJean DUPONTEL\n\n"
                               "Le Président de la Communauté\nMarie LEVASSEUR\n");
    SUBCASE("the institution's line names the territory, without its legal form") {
        CHECK(d.territory == "Valbrume");
    }
    SUBCASE("a date alone in the signatures section is the signature's") {
        REQUIRE(d.dates.size() == 1);
        CHECK(d.dates[0].date == "2021-03-03");
        CHECK(d.dates[0].role == "signature");
    }
    SUBCASE("'les deux prochaines années' until 2024: 2023-2024, not from the signature") {
        REQUIRE(d.period.has_value());
        CHECK(d.period->start == 2023);
        CHECK(d.period->end == 2024);
    }
    SUBCASE("role and name pairs after the 'Signatures' heading") {
        REQUIRE(d.signatories.size() == 2);
        CHECK(d.signatories[0].role == "Le Préfet de la Région");
        CHECK(d.signatories[0].name == "Jean DUPONTEL");
        CHECK(d.signatories[1].role == "Le Président de la Communauté");
        CHECK(d.signatories[1].name == "Marie LEVASSEUR");
    }
}

TEST_CASE("rules: an ASCII-compatible declared charset is believed (declared_legacy_charset)") {
    auto r = decode("<meta charset=\"iso-8859-15\"><p>Budget : 20 \xA4</p>");
    REQUIRE(r.ok());
    const auto& text = r.value();
    CHECK(text.encoding == "iso-8859-15");
    CHECK(text.text.find("20 €") != std::string::npos); // windows-1252 reads 0xA4 as '¤'
}

TEST_CASE("rules: is_all_caps stops at a lower-case accented letter") {
    CHECK(is_all_caps("ÉTÉ SOLIDAIRE", 3));
    CHECK_FALSE(is_all_caps("ÉTÉ éTÉ", 3));
    CHECK_FALSE(is_all_caps("ÇA œUVRE", 3));
}
