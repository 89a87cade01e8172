#include <doctest/doctest.h>

#include <type_traits>

#include "parsers/ingest.h"
#include "schema/emit.h"
#include "tests/unit/test_files.h"
#include "utilities/sha256.h"

using namespace perr;
using perr::test::read_file;

namespace {

Error fails(const Ingester& ing, std::string_view bytes) {
    auto r = ing.ingest(bytes, {});
    REQUIRE(!r.ok());
    return r.error();
}

} // namespace

TEST_CASE("perr::Ingester rejects what is not a protocol") {
    Ingester ing;
    CHECK(fails(ing, "").kind == ErrorKind::empty);
    CHECK(fails(ing, "").message == "empty file");
    CHECK(format_error(Error(ErrorKind::empty, "empty file", "a.txt")) ==
          "a.txt: error: empty file");
    CHECK(format_error(Error(ErrorKind::syntax, "bad key", "a.yaml", 3, 7)) ==
          "a.yaml:3:7: error: bad key");
    CHECK(format_error(Error(ErrorKind::syntax, "bad key", "a.yaml", 3), "warning") ==
          "a.yaml:3: warning: bad key");
    CHECK(fails(ing, "\n\n  \n").kind == ErrorKind::empty);
    CHECK(fails(ing, std::string("\x7f"
                                 "ELF\x02\x01\x01\0\0\0",
                                 10))
              .kind == ErrorKind::binary);
    CHECK(fails(ing, "#include <stdio.h>\nint main(void) {\n  return 0;\n}\n").kind ==
          ErrorKind::no_structure);
    CHECK(fails(ing, "root:x:0:0:root:/root:/bin/bash\n[section]\nkey = value\n").kind ==
          ErrorKind::no_structure);
    CHECK(fails(ing, "# Install\n\n1. Download\n2. Build\n- run make\n").kind ==
          ErrorKind::no_structure);
}

TEST_CASE("perr::Ingester on a small protocol") {
    Ingester ing;
    auto r = ing.ingest(
        "Protocole d'engagements renforcés et réciproques\n"
        "Il se décline en deux axes prioritaires et trois objectifs opérationnels :\n"
        "Axe 1 : Emploi\n- Former\n- Accompagner\nAxe 2 : Santé\n- Soigner\n- Prévenir\n",
        {"mem.txt", std::nullopt});
    REQUIRE(r.ok());
    const auto& res = r.value();
    CHECK(res.document.source.path == "mem.txt");
    CHECK(res.document.claims.at("objectif_operationnel") == 3);
    REQUIRE(res.warnings.size() == 1); // four in the tree, three announced
    CHECK(res.warnings[0].message ==
          "the text announces 3 objectif_operationnel but the tree has 4");
}

TEST_CASE("perr::Ingester::ingest_owned reads as ingest does") {
    Ingester ing;
    for (std::string text : {std::string("Axe 1 : Emploi\n- Former au quartier\n"),
                             std::string("\xEF\xBB\xBF"
                                         "Axe 1 : Emploi\r\n- Former au quartier\r\n"),
                             std::string("Axe 1 : Emploi\n- Former \xE9"
                                         "t\xE9"
                                         " au quartier\n")}) {
        auto viewed = ing.ingest(std::string_view(text), {"a.txt", std::nullopt});
        auto owned = ing.ingest_owned(text, {"a.txt", std::nullopt});
        REQUIRE(viewed.ok());
        REQUIRE(owned.ok());
        CHECK(render_document(owned.value().document, OutputFormat::json) ==
              render_document(viewed.value().document, OutputFormat::json));
        CHECK(owned.value().document.source.bytes == text.size());
    }
}

TEST_CASE("perr::Ingester on the samples") {
    Ingester ing;
    auto doc_of = [&](const char* name) {
        std::string bytes = read_file(std::string(PERR_SAMPLES_DIR) + "/" + name);
        auto r = ing.ingest(bytes, {name, std::nullopt});
        REQUIRE(r.ok());
        return r.value().document;
    };
    Document d = doc_of("004_5b84d36912402381.txt");
    CHECK(d.territory == "Paris Terres d'Envol");
    CHECK(d.signatories.size() == 10);
    REQUIRE(d.period);
    CHECK(d.period->start == 2020);
    CHECK(d.period->end == 2022);
    REQUIRE(d.dates.size() == 2);
    CHECK(d.dates[1].date == "2020-01-06");
    CHECK(d.dates[1].role == "signature");
    CHECK(doc_of("002_a05951d4d3c7431f.txt").source.url ==
          "https://www.lametro.fr/466-contrat-de-ville-2015-2020.htm");
    CHECK(doc_of("000_116d8f1b544a73cf.txt").claims.at("axe") == 3);
}

TEST_CASE("perr::sha256_hex") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex(std::string(1000, 'a')) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

// MetadataReader keeps a reference to the Ingester's vocabulary: a moved
// Ingester would leave it dangling, so there is no move to make.
static_assert(!std::is_move_constructible_v<perr::Ingester>);
static_assert(!std::is_copy_constructible_v<perr::Ingester>);
