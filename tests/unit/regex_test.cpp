#define PCRE2_CODE_UNIT_WIDTH 8
#include <doctest/doctest.h>
#include <pcre2.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "utilities/regex.h"

using namespace perr;

namespace {

// The match PCRE2 itself finds, with no test of the first byte: offsets.
std::optional<std::pair<std::size_t, std::size_t>>
plain_match(std::string_view pattern, std::string_view subject, bool caseless) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    std::uint32_t options = PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0u);
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                     options, &error, &offset, nullptr);
    REQUIRE(code != nullptr);
    pcre2_match_data* data = pcre2_match_data_create_from_pattern(code, nullptr);
    int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0,
                         data, nullptr);
    std::optional<std::pair<std::size_t, std::size_t>> out;
    if (rc >= 0) {
        PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data);
        out.emplace(ov[0], ov[1]);
    }
    pcre2_match_data_free(data);
    pcre2_code_free(code);
    return out;
}

} // namespace

TEST_CASE("Regex: an anchored pattern tests the first byte, and finds what PCRE2 finds") {
    struct Case {
        std::string_view pattern;
        bool caseless;
        bool tested; // whether the first byte can be tested
    };
    const std::vector<Case> patterns{
        {R"(^(?:axe|pilier|th[ée]matique)\s*([0-9]+)?)", true, true},
        {R"(^\(\s*source\s*:\s*(\S+?)\s*\)$)", true, true},
        {R"(^(?i:EPT|[ée]tablissement|agglom[ée]ration)\s+)", false, true},
        {R"(^(?:[A-Z]|[IVX]{1,4}|[0-9]{1,2})[.)]\s*axes)", true, true},
        {R"(^objectif\s+(?:n°\s*)?([0-9]{1,2}))", true, true},
        {R"(^[ée]ducation)", true, true},
        {R"(^É)", true, true},
        {R"(^kelvin)", true, true},      // with "K" (U+212A), a caseless k, among them
        {R"(^source)", true, true},      // with "ſ" (U+017F), a caseless s
        {R"(^a|^b)", true, true},        // the '^' of later branches kept
        {R"(^\p{Lu}\w+)", false, false}, // PCRE2 tells no first bytes for these
        {R"(^\s+axe)", true, false},
        {R"(^\s*$)", true, false},   // may match nothing: no first byte
        {R"(axe\s+1)", true, false}, // not anchored: PCRE2 tests it itself
    };
    std::vector<std::string> subjects{"",
                                      " ",
                                      "Axe 1 : Emploi",
                                      "AXE 2 – Cadre de vie",
                                      "axe",
                                      "pilier 3",
                                      "Thématique 1",
                                      "THÉMATIQUE 4",
                                      "(Source : https://example.org/a.pdf)",
                                      "( source:x )",
                                      "EPT Plaine Commune",
                                      "ept Est Ensemble",
                                      "Établissement public Grand-Orly",
                                      "établissement",
                                      "Agglomération du Grand Besançon",
                                      "II. Axes prioritaires",
                                      "B) axes",
                                      "12. Axes",
                                      "Objectif n° 2 : Emploi",
                                      "OBJECTIF 12",
                                      "Éducation",
                                      "éducation",
                                      "É",
                                      "é",
                                      "\u00A0axe 1",
                                      "\u2003Axe",
                                      "\tAxe",
                                      "\u212Aelvin",
                                      "Kelvin",
                                      "\u017Fource",
                                      "Source",
                                      "Zone",
                                      "\u00C9cole",
                                      "1",
                                      "b"};
    // Every ASCII first byte, then letters of two and three bytes (subjects
    // are valid UTF-8, as perr's texts are: matches skip the UTF check).
    for (int byte = 1; byte < 128; ++byte) subjects.push_back(std::string(1, char(byte)) + "xe 1");
    for (std::string_view letter : {"À", "Ç", "Œ", "ß", "İ", "ǅ", "Ω", "\u212B", "µ", "Ж", "ẞ"})
        subjects.push_back(std::string(letter) + "xe 1");
    int tested = 0;
    for (const Case& c : patterns) {
        Regex re(c.pattern, c.caseless);
        CHECK_MESSAGE(re.tests_first_byte() == c.tested, c.pattern);
        tested += re.tests_first_byte() ? 1 : 0;
        for (const std::string& s : subjects) {
            auto expected = plain_match(c.pattern, s, c.caseless);
            auto got = re.find(s);
            CHECK_MESSAGE(got.has_value() == expected.has_value(), c.pattern, " on ", s);
            if (got && expected) CHECK(std::pair(got->begin, got->end) == *expected);
        }
    }
    CHECK(tested == 10);
}
