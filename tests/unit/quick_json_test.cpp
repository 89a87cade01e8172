#include <doctest/doctest.h>

#include <filesystem>
#include <tuple>

#include "parsers/ingest.h"
#include "schema/check_text.h"
#include "schema/compiled_schema.h"
#include "schema/emit.h"
#include "schema/json_reader.h"
#include "schema/json_view.h"
#include "schema/quick_json.h"
#include "schema/schema_text.h"
#include "schema/validator.h"
#include "tests/unit/test_files.h"

using namespace perr;
using perr::test::read_file;

namespace {

// The parser owns the tape: it lives as long as the test's view.
struct Tape {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    bool parsed = false;
    explicit Tape(std::string_view text) {
        parsed = parser.parse(text.data(), text.size(), true).get(root) == simdjson::SUCCESS;
    }
    TapeView view() const { return TapeView(root); }
};

bool tape_equals(std::string_view tape_text, std::string_view expected) {
    Tape tape(tape_text);
    REQUIRE(tape.parsed);
    return tape.view().equals(nlohmann::json::parse(expected));
}

auto as_tuple(const Finding& f) {
    return std::tie(f.rule, f.severity, f.pointer, f.message, f.line, f.column, f.document);
}

std::unique_ptr<SchemaValidator> builtin_schema() {
    auto schema = SchemaValidator::create(schema_text());
    REQUIRE(schema.ok());
    return std::move(schema).value();
}

const std::string kExport = R"({"perr": 1, "source": {"path": "a.txt", "sha256": ")" +
                            std::string(64, '0') +
                            R"(", "layout": "text", "encoding": "UTF-8", "bytes": 12},
 "title": "Protocole", "territory": "Grigny", "dates": [], "signatories": [], "claims": {},
 "children": [{"id": "a1", "kind": "axe", "title": "Emploi", "line": 4},
              {"id": "a2", "kind": "axe", "title": "Emploi", "line": 9}]})";

} // namespace

TEST_CASE("perr::TapeView::equals compares as nlohmann's == does") {
    CHECK(tape_equals("1", "1.0"));
    CHECK(tape_equals("1.0", "1"));
    CHECK_FALSE(tape_equals("1.5", "1"));
    CHECK(tape_equals("-3", "-3"));
    CHECK(tape_equals("9223372036854775808", "9223372036854775808"));
    CHECK_FALSE(tape_equals("\"1\"", "1"));
    CHECK(tape_equals("[1, \"a\", null, true]", "[1, \"a\", null, true]"));
    CHECK_FALSE(tape_equals("[1, 2]", "[1, 2, 3]"));
    CHECK_FALSE(tape_equals("[false]", "[true]"));
    CHECK(tape_equals(R"({"b": 2, "a": [1]})", R"({"a": [1], "b": 2})"));
    CHECK_FALSE(tape_equals(R"({"a": 1})", R"({"a": 1, "b": 2})"));
    CHECK_FALSE(tape_equals(R"({"a": 1, "c": 2})", R"({"a": 1, "b": 2})"));
    CHECK_FALSE(tape_equals("null", "false"));
}

TEST_CASE("perr::TapeView reads members, elements and integers as TreeView does") {
    std::string text = R"({"a": [3, 18446744073709551615, -2], "s": "été"})";
    Tape tape(text);
    REQUIRE(tape.parsed);
    auto tree = nlohmann::json::parse(text);
    TapeView t = tape.view();
    TreeView v(tree);
    CHECK(t.size() == v.size());
    REQUIRE(t.member("s"));
    CHECK(t.member("s")->string() == v.member("s")->string());
    CHECK_FALSE(t.member("z"));
    std::vector<std::int64_t> from_tape, from_tree;
    t.member("a")->all_elements([&](TapeView e) { return from_tape.push_back(e.integer()), true; });
    v.member("a")->all_elements([&](TreeView e) { return from_tree.push_back(e.integer()), true; });
    CHECK(from_tape == from_tree); // 2^64-1 wraps to -1 in both
    CHECK(from_tape[1] == -1);
}

TEST_CASE("perr::check_json_quickly judges a valid export and leaves the rest") {
    auto schema = builtin_schema();
    auto quick = check_json_quickly(kExport, *schema);
    REQUIRE(quick.has_value());
    REQUIRE(quick->findings.size() == 1);
    CHECK(quick->findings[0].rule == "PERR108");
    CHECK(quick->findings[0].pointer == "/children/1/title");
    CHECK(quick->end == kExport.size());
    // A duplicate key, two documents, a schema violation, deep nesting:
    // the checked reader and valijson say what is wrong.
    std::string duplicate = kExport;
    duplicate.replace(duplicate.find("\"title\": \"Protocole\""), 1, "\"title\": \"x\", \"");
    CHECK_FALSE(check_json_quickly(duplicate, *schema));
    CHECK_FALSE(check_json_quickly(kExport + "\n" + kExport, *schema));
    std::string invalid = kExport;
    invalid.replace(invalid.find("\"axe\""), 5, "\"chapitre\"");
    CHECK_FALSE(check_json_quickly(invalid, *schema));
    std::string deep = "{\"perr\": " + std::string(600, '[') + std::string(600, ']') + "}";
    CHECK_FALSE(check_json_quickly(deep, *schema));
    CHECK_FALSE(check_json_quickly("{\"a\": \"\\ud800\"}", *schema));
}

TEST_CASE("perr::check_json_quickly refuses what the checked reader refuses") {
    // simdjson's depth counts one more level than the checked reader's:
    // whatever the tape accepts, the checked reader reads too.
    auto schema = SchemaValidator::create("{}");
    REQUIRE(schema.ok());
    for (int depth : {kMaxNesting - 2, kMaxNesting - 1, kMaxNesting, kMaxNesting + 1}) {
        std::string text = "{\"a\": " + std::string(static_cast<std::size_t>(depth - 1), '[') +
                           std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
        INFO(depth);
        if (check_json_quickly(text, **schema)) CHECK(read_json(text).ok());
    }
}

namespace {

void nodes_of(nlohmann::json& holder, std::vector<nlohmann::json*>& out) {
    if (!holder.contains("children")) return;
    for (nlohmann::json& child : holder["children"]) {
        out.push_back(&child);
        nodes_of(child, out);
    }
}

// Each sample's export, broken in the ways the domain's rules and the
// schema look for, at every seventh node.
std::vector<std::string> broken_exports() {
    std::vector<std::string> out;
    Ingester ing;
    for (const auto& entry : std::filesystem::directory_iterator(PERR_SAMPLES_DIR)) {
        auto r = ing.ingest(read_file(entry.path()), {entry.path().filename().string()});
        REQUIRE(r.ok());
        auto base = nlohmann::json::parse(render_document(r.value().document, OutputFormat::json));
        out.push_back(base.dump());
        std::vector<nlohmann::json*> probe;
        nodes_of(base, probe);
        for (std::size_t at = 0; at < probe.size(); at += 7) {
            for (int how = 0; how < 8; ++how) {
                nlohmann::json doc = base;
                std::vector<nlohmann::json*> nodes;
                nodes_of(doc, nodes);
                nlohmann::json& n = *nodes[at];
                switch (how) {
                case 0:
                    n["id"] = (*nodes[0])["id"];
                    break; // PERR101
                case 1:
                    n["kind"] = "axe";
                    break; // PERR102
                case 2:
                    n["title"] = " ";
                    break; // PERR103
                case 3:
                    n["title"] = "<p>x</p>";
                    break; // PERR104
                case 4:
                    n["line"] = 0;
                    break; // PERR109
                case 5:
                    n["line"] = 4.0;
                    break; // a float line
                case 6:
                    doc["claims"]["axe"] = 99;
                    doc["period"] = {{"start", 2024}, {"end", 2020}};
                    break;
                default:
                    doc["dates"] = {{{"date", "2021-02-30"}, {"role", "signature"}}};
                    break;
                }
                out.push_back(doc.dump());
            }
        }
    }
    return out;
}

void compare_tape_and_tree(const CompiledSchema& compiled, const std::string& text, int& compared,
                           int& with_findings) {
    Tape tape(text);
    auto tree = read_json(text);
    if (!tape.parsed || !tree.ok()) return;
    CHECK(compiled.valid_on_tape(tape.view()) == compiled.valid(*tree));
    auto a = check_domain_rules_on_tape(tape.view());
    auto b = check_domain_rules(*tree);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(as_tuple(a[i]) == as_tuple(b[i]));
    with_findings += a.empty() ? 0 : 1;
    ++compared;
}

} // namespace

// The compiled schema and the domain's rules are one template instantiated
// for the tape and the tree: every fixture, fuzz input and broken export
// that both read gets the same answers from both.
TEST_CASE("perr validate: the tape and the tree agree on fixtures, fuzz inputs, broken exports") {
    auto schema_json = nlohmann::json::parse(schema_text());
    auto compiled = CompiledSchema::compile(schema_json);
    REQUIRE(compiled.has_value());
    int compared = 0, with_findings = 0;
    for (const char* dir : {"/tests/validate", "/tests/fuzz/corpus/fuzz_validate"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(std::string(PERR_SOURCE_DIR) + dir)) {
            INFO(entry.path().string());
            compare_tape_and_tree(*compiled, read_file(entry.path()), compared, with_findings);
        }
    }
    for (const std::string& text : broken_exports())
        compare_tape_and_tree(*compiled, text, compared, with_findings);
    CHECK(compared >= 500);
    CHECK(with_findings >= 400);
}
