#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parsers/ingest.h"
#include "schema/emit.h"
#include "schema/from_json.h"
#include "schema/json_document_reader.h"

using namespace perr;

namespace {

void check_same_nodes(const std::vector<Node>& x, const std::vector<Node>& y) {
    REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        CHECK(x[i].id == y[i].id);
        CHECK(x[i].kind == y[i].kind);
        CHECK(x[i].number == y[i].number);
        CHECK(x[i].title == y[i].title);
        CHECK(x[i].text == y[i].text);
        CHECK(x[i].line == y[i].line);
        check_same_nodes(x[i].children, y[i].children);
    }
}

// What the general path (a JSON tree, then document_from_json) reads.
std::optional<Document> through_tree(const std::string& text) {
    nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    if (!is_perr_document(value)) return std::nullopt;
    auto doc = document_from_json(value);
    if (!doc) return std::nullopt;
    return std::move(doc).value();
}

void check_same_as_tree(const std::string& text) {
    INFO(text.substr(0, 300));
    auto fast = read_perr_json(text);
    auto slow = through_tree(text);
    REQUIRE(fast.has_value());
    REQUIRE(slow.has_value());
    const Source &a = fast->source, &b = slow->source;
    CHECK((a.path == b.path && a.sha256 == b.sha256 && a.layout == b.layout &&
           a.encoding == b.encoding && a.url == b.url && a.bytes == b.bytes));
    CHECK(fast->title == slow->title);
    CHECK(fast->territory == slow->territory);
    REQUIRE(fast->dates.size() == slow->dates.size());
    for (std::size_t i = 0; i < fast->dates.size(); ++i)
        CHECK((fast->dates[i].date == slow->dates[i].date &&
               fast->dates[i].role == slow->dates[i].role &&
               fast->dates[i].line == slow->dates[i].line));
    CHECK(fast->period.has_value() == slow->period.has_value());
    if (fast->period && slow->period)
        CHECK(
            (fast->period->start == slow->period->start && fast->period->end == slow->period->end));
    REQUIRE(fast->signatories.size() == slow->signatories.size());
    for (std::size_t i = 0; i < fast->signatories.size(); ++i)
        CHECK((fast->signatories[i].role == slow->signatories[i].role &&
               fast->signatories[i].name == slow->signatories[i].name &&
               fast->signatories[i].line == slow->signatories[i].line));
    CHECK(fast->claims == slow->claims);
    check_same_nodes(fast->children, slow->children);
}

} // namespace

TEST_CASE("perr::read_perr_json reads what document_from_json reads") {
    SUBCASE("every sample's export") {
        const Ingester ingester;
        for (const auto& e : std::filesystem::directory_iterator(PERR_SAMPLES_DIR)) {
            std::ifstream in(e.path(), std::ios::binary);
            std::stringstream bytes;
            bytes << in.rdbuf();
            auto r = ingester.ingest(bytes.str(), {});
            REQUIRE(r.ok());
            check_same_as_tree(render_document(r.value().document, OutputFormat::json));
        }
    }
    SUBCASE("odd but readable documents") {
        check_same_as_tree(R"({"perr": 1, "children": []})");
        // kind after children, no ids (assigned), fields of the wrong type
        check_same_as_tree(
            R"({"children": [{"children": [{"kind": "action", "title": 5, "line": 2.5}],
                "title": "A\u00e9", "line": "3", "kind": "axe", "extra": {"a": [1, {"b": 2}]}},
               7, [1, 2], null], "perr": "x", "source": [1], "period": {"start": 2020},
               "claims": {"axe": 2, "action": "3", "priorite": 1.5}, "title": {"nested": 1},
               "dates": [{"date": "2020-01-02", "role": "signature", "line": 4}, 3],
               "signatories": [{"name": "N", "role": "R"}, []], "territory": "T"})");
        check_same_as_tree(R"({"perr": 1, "source": {"path": "p", "url": "u", "bytes": 9},
               "children": [{"id": "a1", "kind": "axe", "children": {"not": "a list"}}]})");
    }
    SUBCASE("anything unusual is left to the general path") {
        for (const char* text : {
                 R"([1, 2])",
                 R"({"children": []})",
                 R"({"perr": 1, "children": {}})",
                 R"({"perr": 1, "children": [{"kind": "nope"}]})",
                 R"({"perr": 1, "children": [{"kind": "axe", "title": "a", "title": "b"}]})",
                 R"({"perr": 1, "children": [], "children": []})",
                 R"({"perr": 1, "claims": {"axe": 1, "axe": "x"}, "children": []})",
                 R"({"perr": 1, "children": []} trailing)",
                 R"({"perr": 1, "children": [)",
             }) {
            INFO(text);
            CHECK_FALSE(read_perr_json(text).has_value());
        }
        std::string deep = R"({"perr": 1, "children": )";
        for (int i = 0; i < 300; ++i) deep += R"([{"kind": "axe", "children": )";
        deep += "[]";
        for (int i = 0; i < 300; ++i) deep += "}]";
        deep += "}";
        CHECK_FALSE(read_perr_json(deep).has_value());
    }
}
