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

TEST_CASE("JSON strings longer than the output's buffer, plain or escaped, stream or string") {
    // Written in place, by runs, or straight through (64 KB and more),
    // across the buffer's flushes: each parses back to itself.
    Document doc = sample_document();
    std::string plain(70000, 'a'), escaped;
    for (int i = 0; i < 9000; ++i) escaped += i % 7 == 0 ? "\"\n" : "bé";
    for (const std::string& text :
         {plain, escaped, std::string(16383, 'c'), std::string(16384, 'd'), std::string(65535, 'e'),
          std::string(65536, 'f')})
        doc.children[0].children.push_back(Node{"", Kind::texte, "", "", text, 3, {}});
    assign_ids(doc);
    std::ostringstream streamed;
    render_document(doc, OutputFormat::json, streamed);
    std::string whole = render_document(doc, OutputFormat::json);
    CHECK(streamed.str() == whole);
    auto parsed = nlohmann::json::parse(whole);
    const auto& kids = parsed["children"][0]["children"];
    std::size_t n = kids.size();
    REQUIRE(n >= 6);
    CHECK(kids[n - 6]["text"] == plain);
    CHECK(kids[n - 5]["text"] == escaped);
    CHECK(kids[n - 1]["text"] == std::string(65536, 'f'));
}

TEST_CASE("JSON strings: runs of plain bytes copied, the rest escaped") {
    Document doc;
    doc.title = "a\"b\\c\n\t\r\x01\x1f\x7f\u00e9 \u2028";
    std::string json = render_document(doc, OutputFormat::json);
    CHECK(json.find(R"("title": "a\"b\\c\n\t\r\u0001\u001f)"
                    "\x7f\u00e9 \u2028\"") != std::string::npos);
    CHECK(nlohmann::json::parse(json)["title"] == doc.title);
}

TEST_CASE("JSON keys and indents: short, long, escaped, and deeper than the key buffer") {
    // Keys are written with their separator and indent in one buffer up to
    // a depth and length; past them, piece by piece. Both print as
    // nlohmann's dump does.
    std::string out;
    auto e = make_json_emitter(out, true);
    e->begin_map();
    e->key("short");
    e->integer(1);
    e->key(std::string(300, 'k'));
    e->string("long key");
    e->key("quote\" and \\ tab\t");
    e->begin_seq();
    e->end_seq();
    for (int depth = 0; depth < 80; ++depth) {
        e->key("d" + std::to_string(depth));
        e->begin_map();
        e->key("at");
        e->integer(depth);
    }
    for (int depth = 0; depth < 80; ++depth) e->end_map();
    e->end_map();
    auto parsed = nlohmann::ordered_json::parse(out); // in the order written
    CHECK(parsed["d0"]["d1"]["d2"]["at"] == 2);
    CHECK(out == parsed.dump(2));
}

TEST_CASE("JSON strings: every byte escaped alike wherever it stands in a block") {
    // The plain runs are found 16 bytes at a time: each byte at each place of
    // two such blocks and the byte after them, against a byte-by-byte escape.
    auto escaped = [](std::string_view s) {
        std::string out = "[\"";
        for (char c : s) {
            auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (c == '\n' || c == '\t' || c == '\r') {
                out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
            } else if (u < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 15];
            } else {
                out += c;
            }
        }
        return out + "\"]";
    };
    int compared = 0;
    for (int b = 0; b < 256; ++b) {
        for (std::size_t at = 0; at < 33; ++at) {
            std::string s(33, 'x');
            s[at] = static_cast<char>(b);
            if (at + 1 < s.size()) s[at + 1] = '!'; // '!' is '"' + 1: a borrow's neighbour
            std::string out;
            auto e = make_json_emitter(out, false);
            e->begin_seq();
            e->string(s);
            e->end_seq();
            CHECK_MESSAGE(out == escaped(s), b, " at ", at);
            ++compared;
        }
    }
    CHECK(compared == 256 * 33);
}

TEST_CASE("perr::assign_ids") {
    Document doc = sample_document();
    const Node& axe = doc.children[0];
    CHECK(axe.children[0].id == "a1.ac1");
    CHECK(axe.children[1].id == "a1.ac2");
    CHECK(axe.children.back().id == "a1.x1");
}
