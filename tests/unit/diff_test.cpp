#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "diff/change_line.h"
#include "diff/diff_report.h"
#include "diff/normalize.h"
#include "diff/title_normalizer.h"
#include "diff/tree_diff.h"
#include "parsers/ingest.h"
#include "utilities/text.h"

using namespace perr;

namespace {

Document doc_of(const std::string& text) {
    static const Ingester ing;
    auto r = ing.ingest(text, {"t", Layout::text});
    REQUIRE(r.ok());
    return r.value().document;
}

const std::string kBase = "Protocole du quartier\n"
                          "Axe 1 : Emploi\n"
                          "Objectif stratégique : Former les habitants\n"
                          "1. Renforcer l'accès à la formation\n"
                          "Objectifs opérationnels :\n"
                          "- Ouvrir un centre de formation au quartier\n"
                          "- Financer des parcours qualifiants pour les jeunes\n"
                          "- Accompagner les demandeurs d'emploi\n"
                          "2. Développer l'apprentissage\n"
                          "Objectifs opérationnels :\n"
                          "- Trouver des maîtres d'apprentissage\n"
                          "Axe 2 : Santé\n"
                          "Objectif stratégique : Soigner au plus près\n"
                          "1. Ouvrir des maisons de santé\n"
                          "Objectifs opérationnels :\n"
                          "- Recruter des médecins généralistes\n";

// "type:title" of each change, in report order.
std::vector<std::string> changes(const std::string& before, const std::string& after,
                                 DiffOptions o = {}) {
    DiffResult r = diff_documents(doc_of(before), doc_of(after), o);
    std::vector<std::string> out;
    for (const Change& c : r.changes) {
        std::string title = c.new_node   ? c.new_node->title
                            : c.old_node ? c.old_node->title
                                         : c.field;
        std::string s = std::string(change_type_name(c.type)) + ":" + title;
        if (!c.scope.empty()) s += ":" + c.scope;
        out.push_back(s);
    }
    return out;
}

std::string edit(std::string s, const std::string& from, const std::string& to) {
    std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("perr::diff_documents") {
    SUBCASE("a document diffed with itself has no change (every sample)") {
        for (const auto& e : std::filesystem::directory_iterator(PERR_SAMPLES_DIR)) {
            std::ifstream in(e.path(), std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            static const Ingester ing;
            auto r = ing.ingest(ss.str(), {});
            REQUIRE(r.ok());
            const Document& d = r.value().document;
            INFO(e.path().string());
            CHECK(diff_documents(d, d, {}).changes.empty());
        }
    }
    SUBCASE("insert") {
        CHECK(changes(kBase,
                      edit(kBase, "- Trouver", "- Créer un forum de l'alternance\n- Trouver")) ==
              std::vector<std::string>{"added:Créer un forum de l'alternance"});
    }
    SUBCASE("delete a subtree: one change, its descendants counted") {
        auto r =
            diff_documents(doc_of(kBase),
                           doc_of(edit(kBase,
                                       "2. Développer l'apprentissage\nObjectifs opérationnels "
                                       ":\n- Trouver des maîtres d'apprentissage\n",
                                       "")),
                           {});
        REQUIRE(r.changes.size() == 1);
        CHECK(r.changes[0].type == ChangeType::removed);
        CHECK(r.changes[0].descendants == 1);
    }
    SUBCASE("reword, with a word diff") {
        auto r = diff_documents(doc_of(kBase),
                                doc_of(edit(kBase, "Recruter des médecins généralistes",
                                            "Recruter des médecins et des infirmiers")),
                                {});
        REQUIRE(r.changes.size() == 1);
        CHECK(r.changes[0].type == ChangeType::reworded);
        std::ostringstream text;
        write_diff_text(r, {"a", "b"}, false, text);
        CHECK(text.str().find("Recruter des médecins [-généralistes-] {+et des infirmiers+}") !=
              std::string::npos);
    }
    SUBCASE("move across axes, and moved-and-reworded") {
        std::string moved =
            edit(edit(kBase, "- Accompagner les demandeurs d'emploi\n", ""),
                 "- Recruter des médecins généralistes\n",
                 "- Recruter des médecins généralistes\n- Accompagner les demandeurs d'emploi\n");
        CHECK(changes(kBase, moved) ==
              std::vector<std::string>{"moved:Accompagner les demandeurs d'emploi:parent"});
        std::string both = edit(moved, "- Accompagner les demandeurs d'emploi",
                                "- Accompagner les demandeurs d'emploi âgés");
        CHECK(changes(kBase, both) ==
              std::vector<std::string>{
                  "moved_reworded:Accompagner les demandeurs d'emploi âgés:parent"});
    }
    SUBCASE("swap two siblings: one move among siblings") {
        std::string swapped = edit(kBase,
                                   "- Ouvrir un centre de formation au quartier\n- Financer des "
                                   "parcours qualifiants pour les jeunes\n",
                                   "- Financer des parcours qualifiants pour les jeunes\n- Ouvrir "
                                   "un centre de formation au quartier\n");
        auto c = changes(kBase, swapped);
        REQUIRE(c.size() == 1);
        CHECK(c[0].ends_with(":position"));
    }
    SUBCASE("reordering children only reports moves") {
        std::string reordered =
            edit(kBase,
                 "- Ouvrir un centre de formation au quartier\n- Financer des parcours qualifiants "
                 "pour les jeunes\n- Accompagner les demandeurs d'emploi\n",
                 "- Accompagner les demandeurs d'emploi\n- Financer des parcours qualifiants pour "
                 "les jeunes\n- Ouvrir un centre de formation au quartier\n");
        for (const std::string& c : changes(kBase, reordered)) CHECK(c.starts_with("moved:"));
        CHECK(changes(kBase, reordered).size() == 2);
    }
    SUBCASE("renumber, unless numbering is ignored") {
        std::string renumbered = edit(kBase, "2. Développer", "3. Développer");
        CHECK(changes(kBase, renumbered) ==
              std::vector<std::string>{"number_changed:Développer l'apprentissage"});
        DiffOptions o;
        o.ignore_numbering = true;
        CHECK(changes(kBase, renumbered, o).empty());
    }
    SUBCASE("case and accents alone, as asked") {
        std::string recased =
            edit(kBase, "Recruter des médecins généralistes", "Recruter des Medecins Generalistes");
        CHECK(changes(kBase, recased).size() == 1);
        DiffOptions o;
        o.ignore_case = true;
        o.ignore_accents = true;
        CHECK(changes(kBase, recased, o).empty());
    }
    SUBCASE("kind changed") {
        std::string rekinded =
            edit(kBase, "Objectifs opérationnels :\n- Trouver", "Exemples d'actions :\n- Trouver");
        CHECK(changes(kBase, rekinded) ==
              std::vector<std::string>{"kind_changed:Trouver des maîtres d'apprentissage"});
    }
}

TEST_CASE("perr::diff_documents deep trees: a change names its parent, its path keeps both ends") {
    auto chain = [](int depth, const std::string& leaf) {
        Document d;
        std::vector<Node>* level = &d.children;
        for (int k = 0; k < depth; ++k) {
            level->push_back(Node{"", Kind::axe, "", "niveau " + std::to_string(k), "", k, {}});
            level = &level->back().children;
        }
        level->push_back(Node{"", Kind::action, "", leaf, "", depth, {}});
        assign_ids(d);
        return d;
    };
    DiffResult r = diff_documents(chain(40, "Agir vite"), chain(40, "Agir vite et bien"), {});
    REQUIRE(r.changes.size() == 1);
    const NodeSide& n = *r.changes[0].new_node;
    CHECK(n.path ==
          std::vector<std::string>{"niveau 0", "niveau 1", "\u2026", "niveau 38", "niveau 39"});
    CHECK(!n.parent_id.empty());
    CHECK(n.id.starts_with(n.parent_id + "."));
    CHECK(r.changes[0].group == "niveau 39");
}

TEST_CASE("perr::diff_documents thousands of siblings with repeated titles") {
    // Too many for the alignment in order: the equal ends are paired as
    // they stand, and one title shared by thousands costs each a few looks.
    auto flat = [](int n, int dropped, int titles) {
        Document d;
        d.children.push_back(Node{"", Kind::axe, "", "Axe", "", 1, {}});
        for (int k = 0; k < n; ++k)
            if (k != dropped)
                d.children[0].children.push_back(Node{
                    "", Kind::action, "", "Action " + std::to_string(k % titles), "", k + 2, {}});
        assign_ids(d);
        return d;
    };
    for (int titles : {1, 100}) {
        INFO(titles << " titles");
        DiffResult r = diff_documents(flat(20000, -1, titles), flat(20000, 7, titles), {});
        REQUIRE(r.changes.size() == 1);
        CHECK(r.changes[0].type == ChangeType::removed);
    }
}

TEST_CASE("perr::markdown_escaped") {
    CHECK(markdown_escaped("+ a_b *c* [d](e) <f> #1. ~g~ |h| `i` !j \\k") ==
          "\\+ a\\_b \\*c\\* \\[d\\]\\(e\\) \\<f\\> \\#1\\. \\~g\\~ \\|h\\| \\`i\\` \\!j \\\\k");
}

TEST_CASE("perr::normalize_title") {
    TitleFolding full{true, true, false};
    CHECK(normalize_title("Élever  l’État – **vite** :", full) == "elever l'etat - vite");
    CHECK(normalize_title("cœur", full) == normalize_title("COEUR", full));
    CHECK(normalize_title("mise en œuvre", full) == "mise en oeuvre"); // the space stays before œ
    CHECK(normalize_title("1. Renforcer", TitleFolding{true, true, true}) == "renforcer");
}

TEST_CASE("perr::TitleNormalizer gives normalize_title's bytes") {
    // Every Latin-1 and typographic character, a few beyond (Greek, CJK,
    // emoji, combining marks), bad UTF-8, spaces and colons at the ends.
    std::vector<std::string> pieces = {"a",
                                       "Z",
                                       " ",
                                       "\t",
                                       ":",
                                       "*",
                                       "__",
                                       "<b>",
                                       "1.",
                                       "A)",
                                       "\xC3",
                                       "\xFF",
                                       "\xE2\x80",
                                       "e\xCC\x81",
                                       "\xF0\x9F\x98\x80",
                                       "\xCE\xA3",
                                       "\xE4\xB8\xAD",
                                       "\xC5\x93",
                                       "\xE2\x80\x99",
                                       "\xE2\x80\xAF",
                                       "\xC2\xA0"};
    for (char32_t cp = 1; cp < 256; ++cp) {
        std::string s;
        append_utf8(s, cp);
        pieces.push_back(s);
    }
    std::uint32_t state = 12345;
    auto next = [&] { return state = state * 1664525u + 1013904223u; };
    std::vector<std::string> titles;
    for (int n = 0; n < 3000; ++n) {
        std::string t;
        for (std::uint32_t k = next() % 12; k > 0; --k) t += pieces[next() % pieces.size()];
        titles.push_back(t);
    }
    titles.push_back("Élever  l’État – **vite** :");
    titles.push_back("Cœur de ville : STRAẞE ß µ ÿ Ø æ");
    for (int mask = 0; mask < 8; ++mask) {
        TitleFolding f{(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
        TitleNormalizer fast(f);
        for (const std::string& t : titles) {
            INFO(mask << " [" << t << "]");
            REQUIRE(fast(t) == normalize_title(t, f));
        }
    }
}

TEST_CASE("perr::diff_words") {
    auto ops = diff_words("a b c d", "a x c d e");
    std::string s;
    for (const WordOp& w : ops) s += std::string(1, w.op) + w.text + "|";
    CHECK(s == "=a|-b|+x|=c d|+e|");
}
