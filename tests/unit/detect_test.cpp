#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "parsers/detect.h"

using namespace perr;

TEST_CASE("perr::detect_layout") {
    CHECK(detect_layout("Axe 1 : Emploi\n- Favoriser l'accès\n- Lever les freins\n") ==
          Layout::text);
    CHECK(detect_layout("PROTEGER :\n\n- La mobilité par :\n\n- *Organisant*\n- *Mobilisant*\n") ==
          Layout::markdown);
    CHECK(detect_layout("1 2 3\n\nVous êtes ici\n\nTitre\n\n0 Commentaires\n\n1. Emploi\n") ==
          Layout::web);
    std::string table;
    for (int i = 0; i < 5; ++i) table += "<p>THEMATIQUE X</p>\t<ul> ○ item\n";
    table += "--\t--\n";
    CHECK(detect_layout(table) == Layout::html_table);
    CHECK(
        detect_layout("<!DOCTYPE html>\n<html>\n<body>\n<h1>Protocole</h1>\n</body>\n</html>\n") ==
        Layout::html);
    SUBCASE("a few table rows in a text export do not make a table document") {
        std::string text;
        for (int i = 0; i < 40; ++i) text += "Une ligne de texte ordinaire.\n";
        text += "<p>Le Maire</p>  <p>Jean DUPONT</p>\t<p>Le préfet</p>  <p>Paul MARTIN</p>\n";
        CHECK(detect_layout(text) == Layout::text);
    }
}

TEST_CASE("perr::layout_name") {
    for (Layout l : {Layout::text, Layout::web, Layout::markdown, Layout::html_table, Layout::html,
                     Layout::pdf, Layout::docx, Layout::odt})
        CHECK(layout_from_name(layout_name(l)) == l);
    CHECK_FALSE(layout_from_name("doc").has_value());
    CHECK(is_binary_layout(Layout::pdf));
    CHECK_FALSE(is_binary_layout(Layout::html));
}

TEST_CASE("the JSON Schema's layout enum is layout_names()") {
    std::ifstream in(std::string(PERR_SOURCE_DIR) + "/schema/perr.schema.json");
    auto schema = nlohmann::json::parse(in);
    std::vector<std::string> names;
    for (std::string_view n : layout_names()) names.emplace_back(n);
    CHECK(schema["properties"]["source"]["properties"]["layout"]["enum"] == nlohmann::json(names));
}
