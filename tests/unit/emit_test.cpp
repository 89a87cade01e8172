#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "schema/emit.h"

using namespace perr;

namespace {

Document sample_document() {
    Document doc;
    doc.source = {"in.txt", std::string(64, 'a'), "text", "UTF-8", 12, {}};
    doc.title = "Protocole : « test »";
    doc.territory = "Grand Test";
    doc.dates = {{"2019-12-09", "document", 1}};
    doc.period = Period{2020, 2022};
    doc.claims = {{"axe", 1}};
    Node axe{"", Kind::axe, "1", "yes", "", 3, {}};
    // Titles that a naive YAML writer would break.
    for (std::string t : {"- dash",
                          "a: b",
                          "#hash",
                          "true",
                          "3^e",
                          "tab\there",
                          "quote \" and \\",
                          "",
                          " lead",
                          "trail:",
                          "1.5",
                          "null",
                          "é → ✓",
                          "x #y",
                          "line\nbreak",
                          "=",
                          "<<",
                          "l\u0092x",
                          "a\u0085b",
                          "a\u2028b",
                          "\uFEFFbom",
                          "del\x7F",
                          "cr\r",
                          "\U0001F600",
                          "Off",
                          "~",
                          "\u009F"})
        axe.children.push_back(Node{"", Kind::action, "", t, "", 4, {}});
    axe.children.push_back(Node{"", Kind::texte, "", "", "prose: here", 5, {}});
    doc.children.push_back(axe);
    assign_ids(doc);
    return doc;
}

void check_same(const YAML::Node& y, const nlohmann::json& j) {
    if (j.is_object()) {
        REQUIRE(y.IsMap());
        CHECK(y.size() == j.size());
        for (auto& [k, v] : j.items()) check_same(y[k], v);
    } else if (j.is_array()) {
        REQUIRE(y.IsSequence());
        REQUIRE(y.size() == j.size());
        for (std::size_t i = 0; i < j.size(); ++i) check_same(y[i], j[i]);
    } else if (j.is_string()) {
        CHECK(y.as<std::string>() == j.get<std::string>());
        if (y.Tag() == "?") { // a plain scalar must not read as anything but a string
            bool b = false;
            double d = 0;
            CHECK_FALSE(YAML::convert<bool>::decode(y, b));
            CHECK_FALSE(YAML::convert<double>::decode(y, d));
            CHECK_FALSE(y.IsNull());
        }
    } else {
        CHECK(y.as<long long>() == j.get<long long>());
    }
}

} // namespace

TEST_CASE("perr::render_document") {
    Document doc = sample_document();
    std::string yaml = render_document(doc, OutputFormat::yaml);
    std::string json = render_document(doc, OutputFormat::json);
    auto j = nlohmann::json::parse(json);
    SUBCASE("JSON carries the model") {
        CHECK(j["perr"] == kFormatVersion);
        CHECK(j["children"][0]["id"] == "a1");
        CHECK(j["children"][0]["children"][3]["title"] == "true");
        CHECK(j["children"][0]["children"].back()["kind"] == "texte");
        CHECK_FALSE(j["children"][0]["children"].back().contains("title"));
        CHECK(j["period"]["end"] == 2022);
    }
    SUBCASE("YAML reads back as the same data as the JSON") {
        check_same(YAML::Load(yaml), j);
        for (const auto& t : {"true", "null", "1.5", "=", "<<", "l\\x92x", "a\\x85b", "a\\Lb",
                              "\\uFEFFbom", "del\\x7F", "cr\\r", "\\x9F"}) {
            bool found_quoted = yaml.find(std::string("title: \"") + t + "\"") != std::string::npos;
            CHECK(found_quoted);
        }
    }
    SUBCASE("empty collections") {
        Document empty;
        auto y = YAML::Load(render_document(empty, OutputFormat::yaml));
        CHECK(y["children"].IsSequence());
        CHECK(y["children"].size() == 0);
        CHECK(y["claims"].IsMap());
    }
}

TEST_CASE("YAML and JSON streamed to an ostream are the text rendered in a string") {
    Document doc = sample_document();
    for (int i = 0; i < 3000; ++i) // more than one 64 KB buffer
        doc.children[0].children.push_back(Node{"", Kind::action, "", "n\u0085\"\t", "", 9, {}});
    assign_ids(doc);
    for (OutputFormat format : {OutputFormat::yaml, OutputFormat::json}) {
        std::ostringstream streamed;
        render_document(doc, format, streamed);
        std::string whole = render_document(doc, format);
        CHECK(whole.size() > (64u << 10));
        CHECK(streamed.str() == whole);
    }
}

TEST_CASE("JSON strings: runs of plain bytes copied, the rest escaped") {
    Document doc;
    doc.title = "a\"b\\c\n\t\r\x01\x1f\x7f\u00e9 \u2028";
    std::string json = render_document(doc, OutputFormat::json);
    CHECK(json.find(R"("title": "a\"b\\c\n\t\r\u0001\u001f)"
                    "\x7f\u00e9 \u2028\"") != std::string::npos);
    CHECK(nlohmann::json::parse(json)["title"] == doc.title);
}

TEST_CASE("perr::assign_ids") {
    Document doc = sample_document();
    const Node& axe = doc.children[0];
    CHECK(axe.children[0].id == "a1.ac1");
    CHECK(axe.children[1].id == "a1.ac2");
    CHECK(axe.children.back().id == "a1.x1");
}
