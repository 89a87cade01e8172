#include <doctest/doctest.h>

#include "parsers/ingest.h"
#include "parsers/text_quality.h"

using namespace perr;

namespace {

// Each letter moved `by` places in the alphabet, as a PDF font with a
// shifted encoding extracts.
std::string shifted(std::string_view text, int by) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + by) % 26);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + by) % 26);
    }
    return out;
}

} // namespace

TEST_CASE("perr::looks_garbled_line") {
    constexpr std::string_view kLine = "Renforcer la coordination des acteurs de la prévention";
    SUBCASE("French lines, titles and acronyms read as language") {
        CHECK_FALSE(looks_garbled_line(kLine));
        CHECK_FALSE(looks_garbled_line("Cité Educative Aulnay-sous-Bois : quartier Gros Saule"));
        CHECK_FALSE(looks_garbled_line("QPV NPNRU CGET GUP")); // too short to judge
        CHECK_FALSE(looks_garbled_line("Objectif opérationnel 4.2.1.2 : Ouvrir deux espaces"));
    }
    SUBCASE("a shifted font's line does not") {
        CHECK(looks_garbled_line("HWSURJUDPPH GH UHQRXYHOOHPHQW XUEDLQ"));
        CHECK(looks_garbled_line(shifted(kLine, 3)));
        CHECK(looks_garbled_line(shifted(kLine, 1)));
    }
}

TEST_CASE("perr::Ingester leaves garbled lines out and names them") {
    Ingester ing;
    std::string text = "Protocole d'engagements renforcés et réciproques\n\n"
                       "Axe 1 : Emploi\n"
                       "- Former les demandeurs d'emploi\n"
                       "- HWSURJUDPPH GH UHQRXYHOOHPHQW XUEDLQ\n"
                       "- Accompagner les jeunes des quartiers\n";
    auto r = ing.ingest(text, {"mem.txt", std::nullopt});
    REQUIRE(r.ok());
    const IngestResult& res = r.value();
    const Node& axe = res.document.children.back();
    REQUIRE(axe.kind == Kind::axe);
    CHECK(axe.children.size() == 2); // no node from the garbled line
    bool named = false;
    for (const Diagnostic& d : res.warnings)
        named = named || (d.kind == WarningKind::garbled_lines && d.line == 5 &&
                          d.message.find("lines 5") != std::string::npos);
    CHECK(named);
}

TEST_CASE("a web address is not a garbled line") {
    CHECK_FALSE(looks_garbled_line("(Source : https://example.org/plan.htm)"));
    CHECK_FALSE(looks_garbled_line("Voir www.exemple-ville.fr/qpv/pdf/cdv.pdf"));
    CHECK(looks_garbled_line(
        "Prgrmm dvlppmnt rbn https://example.org vwxz")); // the rest still counts
}
