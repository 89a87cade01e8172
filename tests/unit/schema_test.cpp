#include <doctest/doctest.h>

#include <filesystem>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "parsers/ingest.h"
#include "schema/compiled_schema.h"
#include "schema/emit.h"
#include "schema/glyphs.h"
#include "schema/position.h"
#include "schema/positioned_json.h"
#include "schema/schema_text.h"
#include "schema/validator.h"
#include "tests/unit/test_files.h"
#include "utilities/regex.h"

using namespace perr;
using perr::test::read_file;

namespace {

std::string validation_errors(const valijson::Schema& schema, const nlohmann::json& doc) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    if (validator.validate(schema, adapter, &results)) return "";
    std::string out;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        for (const auto& c : e.context) out += c;
        out += ": " + e.description + "\n";
    }
    return out;
}

struct LoadedSchema {
    valijson::Schema schema;
    LoadedSchema() {
        auto json = nlohmann::json::parse(schema_text());
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(json);
        parser.populateSchema(adapter, schema);
    }
};

} // namespace

TEST_CASE("perr.schema.json: the compiled-in schema is the committed file") {
    CHECK(read_file(std::string(PERR_SOURCE_DIR) + "/schema/perr.schema.json") == schema_text());
}

TEST_CASE("perr.schema.json: every sample's output validates") {
    LoadedSchema s;
    Ingester ing;
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(PERR_SAMPLES_DIR)) {
        auto r =
            ing.ingest(read_file(entry.path()), {entry.path().filename().string(), std::nullopt});
        REQUIRE(r.ok());
        auto json = nlohmann::json::parse(render_document(r.value().document, OutputFormat::json));
        INFO(entry.path().string());
        CHECK(validation_errors(s.schema, json) == "");
        ++seen;
    }
    CHECK(seen >= 5);
}

TEST_CASE("perr.schema.json: rejects what ingest never writes") {
    LoadedSchema s;
    auto base = nlohmann::json::parse(R"({"perr":1,"source":{"path":"a","sha256":")" +
                                      std::string(64, '0') +
                                      R"(","layout":"text","encoding":"UTF-8","bytes":1},"title":"",
        "territory":"","dates":[],"signatories":[],"claims":{},"children":[
        {"id":"a1","kind":"axe","title":"X","line":1}]})");
    CHECK(validation_errors(s.schema, base) == "");
    auto bad_kind = base;
    bad_kind["children"][0]["kind"] = "chapitre";
    CHECK(validation_errors(s.schema, bad_kind) != "");
    auto no_title = base;
    no_title["children"][0].erase("title");
    CHECK(validation_errors(s.schema, no_title) != "");
    auto bad_line = base;
    bad_line["children"][0]["line"] = "12";
    CHECK(validation_errors(s.schema, bad_line) != "");
    auto bad_claim = base;
    bad_claim["claims"]["chapitre"] = 3;
    CHECK(validation_errors(s.schema, bad_claim) != "");
    auto extra = base;
    extra["colour"] = "red";
    CHECK(validation_errors(s.schema, extra) != "");
}

TEST_CASE("perr::CompiledSchema agrees with valijson on every fixture and sample") {
    auto schema_json = nlohmann::json::parse(schema_text());
    auto compiled = CompiledSchema::compile(schema_json);
    REQUIRE(compiled.has_value());
    LoadedSchema s;
    int seen = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(PERR_SOURCE_DIR) + "/tests/validate")) {
        if (entry.path().extension() != ".json" ||
            entry.path().filename().string().find("syntax") != std::string::npos)
            continue;
        auto doc = nlohmann::json::parse(read_file(entry.path()));
        INFO(entry.path().string());
        CHECK(compiled->valid(doc) == validation_errors(s.schema, doc).empty());
        ++seen;
    }
    CHECK(seen >= 15);
    CHECK_FALSE(CompiledSchema::compile(nlohmann::json::parse(R"({"oneOf": [{"type": "string"}]})"))
                    .has_value());
}

TEST_CASE("perr::check_claims: one definition of a claim that holds") {
    std::array<int, kKindCount> counts{};
    counts[static_cast<std::size_t>(Kind::axe)] = 3;
    std::map<std::string, int> claims{{"axe", 3}, {"action", 2}, {"chapitre", 4}};
    auto checks = check_claims(claims, counts);
    REQUIRE(checks.size() == 3);
    CHECK(checks[0].kind == "action"); // the map's order
    CHECK_FALSE(checks[0].holds());
    CHECK(checks[0].counted == 0);
    CHECK(checks[1].holds());
    CHECK(checks[1].counted == 3);
    CHECK_FALSE(checks[2].known); // not a kind: never holds, never reported as a mismatch
    CHECK_FALSE(checks[2].holds());
}

TEST_CASE("perr::starts_with_marker: the readers' glyph table, read for titles") {
    CHECK(starts_with_marker("\u2022 Favoriser"));
    CHECK(starts_with_marker("\u25BAFavoriser")); // a symbol needs no space
    CHECK(starts_with_marker("- Favoriser"));
    CHECK(starts_with_marker("\u2013 Favoriser"));
    CHECK_FALSE(starts_with_marker("-Favoriser")); // a hyphenated word
    CHECK_FALSE(starts_with_marker("+50 % de places"));
    CHECK_FALSE(starts_with_marker("o Favoriser")); // 'o' is a marker only at a line's start
    CHECK_FALSE(starts_with_marker("\u00A7 3 du contrat"));
    CHECK_FALSE(starts_with_marker("Favoriser"));
    REQUIRE(glyph_at_start("\u2794 x") != nullptr);
    CHECK(glyph_at_start("\u2794 x")->normalized == "\u2192");
}

TEST_CASE("SchemaValidator::create and Regex::compile return their errors as values") {
    auto cycle = SchemaValidator::create(R"({"$ref": "#"})");
    REQUIRE(!cycle.ok());
    CHECK(cycle.error().kind == ErrorKind::invalid);
    CHECK(cycle.error().message.starts_with("not a usable JSON Schema: "));
    auto not_json = SchemaValidator::create("{");
    REQUIRE(!not_json.ok());
    CHECK(not_json.error().message.starts_with("not a usable JSON Schema: 1:2: "));
    CHECK(SchemaValidator::create(schema_text()).ok());
    auto bad = Regex::compile("(a");
    REQUIRE(!bad.ok());
    CHECK(bad.error().kind == ErrorKind::syntax);
    CHECK(bad.error().message == "bad pattern at offset 2: missing closing parenthesis");
    CHECK(Regex::compile("a+").ok());
}

TEST_CASE("perr::locate_in_json: escaped quotes, backslashes and wide characters") {
    // Values before the target hold \" and \\ runs and multi-byte letters:
    // the scanner must skip them whole and count columns in characters.
    std::string text = "{\"a\": \"x\\\"y\\\\\", \"b\": [\"\\\\\\\"}]\", {\"c\": 1}],\n"
                       "  \"d\": {\"é\": \"ü\\\\\", \"e\": \"v\"}}";
    auto c = locate_in_json(text, "/b/1/c");
    REQUIRE(c);
    CHECK(c->line == 1);
    CHECK(c->column == 39);
    auto e = locate_in_json(text, "/d/e");
    REQUIRE(e);
    CHECK(e->line == 2);
    CHECK(e->column == 26);
    CHECK_FALSE(locate_in_json(text, "/b/2"));
    CHECK(position_at("ab\nçd", 6).line == 2);
    CHECK(position_at("ab\nçd", 6).column == 3);
    CHECK(position_at("ab", 99).column == 3);
}

TEST_CASE("perr::load_positioned_all builds values and positions from the parse events") {
    SUBCASE("an alias is its anchor's value again, at its anchor's positions") {
        auto docs = load_positioned_all("- &m {a: &i 1, b: [&j {c: 2}, *j]}\n- *m\n- *i\n");
        REQUIRE(docs);
        const PositionedJson& d = docs->front();
        CHECK(d.value.dump() ==
              R"([{"a":1,"b":[{"c":2},{"c":2}]},{"a":1,"b":[{"c":2},{"c":2}]},1])");
        CHECK(d.positions.at("/1/b/1/c").line == 1);
        CHECK(d.positions.at("/1/b/1/c").column == 27);
        CHECK(d.positions.at("/2").column == 10);
        CHECK(d.positions.size() == 16);
    }
    SUBCASE("an anchored key is a string value elsewhere; plain scalars resolve by YAML 1.2") {
        auto docs =
            load_positioned_all("&k key: 1\nother: *k\nn: ~\ns: \"12\"\nt: !!str 12\nf: 1.5e3\n");
        REQUIRE(docs);
        CHECK(docs->front().value.dump() ==
              R"({"f":1500.0,"key":1,"n":null,"other":"key","s":"12","t":"12"})");
    }
    SUBCASE("refusals keep their place") {
        auto recursive = load_positioned_all("a: &r [*r]\n");
        REQUIRE_FALSE(recursive);
        CHECK(recursive.error().message == "nesting deeper than 512 levels");
        CHECK(recursive.error().column == 8);
        auto twice = load_positioned_all("a: 1\nb: 2\na: 3\n");
        REQUIRE_FALSE(twice);
        CHECK(twice.error().line == 3);
        auto key = load_positioned_all("? [1]\n: 2\n");
        REQUIRE_FALSE(key);
        CHECK(key.error().message == "a mapping key must be a plain value");
        // A syntax error further on is reported before a refusal above it,
        // as the parser meets it reading the stream.
        auto syntax = load_positioned_all("a: 1\na: 2\n---\nb: [1\n");
        REQUIRE_FALSE(syntax);
        CHECK(syntax.error().kind == ErrorKind::syntax);
    }
    SUBCASE("documents of a stream, each with its own anchors") {
        auto docs = load_positioned_all("x: &a 1\n---\ny: 2\n");
        REQUIRE(docs);
        CHECK(docs->size() == 2);
        CHECK(docs->at(1).positions.at("/y").line == 3);
    }
}
