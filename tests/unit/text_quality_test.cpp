#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "parsers/ingest.h"
#include "parsers/text_quality.h"
#include "utilities/text.h"

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

// check_not_garbled as it was written first, one plain pass over every
// byte: the oracle for the counting short cuts. Its message, or none.
std::optional<std::string> garbled_in_one_pass(std::string_view utf8) {
    static constexpr std::array<std::string_view, 28> kCommon{
        "de",  "la",  "le",   "les", "et",  "des",  "en",   "du",   "a", "pour",
        "un",  "une", "dans", "au",  "aux", "par",  "sur",  "avec", "l", "d",
        "est", "qui", "que",  "ou",  "ses", "leur", "plus", "ce"};
    std::size_t letters = 0, broken = 0, words = 0, common = 0;
    std::string word;
    bool in_tag = false;
    auto end_word = [&] {
        if (!word.empty()) {
            ++words;
            for (std::string_view w : kCommon) common += word == w ? 1u : 0u;
        }
        word.clear();
    };
    for (std::size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            ++i;
            letters += c > ' ' ? 1u : 0u;
            if (is_ascii_alpha(static_cast<char>(c)) && !in_tag) {
                word += ascii_lower(static_cast<char>(c));
                continue;
            }
            in_tag = c == '<' || (in_tag && c != '>');
            end_word();
            continue;
        }
        char32_t cp = next_code_point(utf8, i);
        bool bad = cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF);
        (bad ? broken : letters) += 1;
        if (cp == 0xE0 && word.empty()) {
            word = "a";
            continue;
        }
        end_word();
    }
    end_word();
    if (letters > 100 && broken * 20 > letters)
        return "text looks garbled: " + std::to_string(broken) +
               " replacement or private-use characters";
    if (words >= 60 && common * 20 < words)
        return "text looks garbled (a shifted font or a broken extraction?): " +
               std::to_string(common) + " of " + std::to_string(words) +
               " words are common French words";
    return std::nullopt;
}

// A text of pieces drawn at random, French ones with probability `french`
// (in 1/100) for the first `switch_at` pieces, `later` after them.
std::string random_text(std::uint32_t seed, int pieces, int french, int switch_at, int later) {
    static constexpr std::array<std::string_view, 9> kFrench{
        "de ", "la ", "Renforcer ", "les ", "à ", "acteurs ", "l'emploi ", "des\n", "<b>QPV</b> "};
    static constexpr std::array<std::string_view, 9> kOther{
        "HWSURJUDPPH ", "GH ", "\xEF\xBF\xBD", "\xEE\x80\x80 ",
        "été ",         "xq ", "<a href=x>",   "\xC5\x93\xF0\x9F\x99\x82",
        "  \t"};
    std::string out;
    for (int k = 0; k < pieces; ++k) {
        seed = seed * 1664525u + 1013904223u;
        int share = k < switch_at ? french : later;
        bool fr = static_cast<int>(seed >> 8 & 127u) * 100 / 128 < share;
        std::uint32_t pick = (seed >> 16) % 9;
        out += fr ? kFrench[pick] : kOther[pick];
    }
    return out;
}

} // namespace

TEST_CASE("check_not_garbled counts as one plain pass would") {
    int garbled = 0, clean = 0;
    for (std::uint32_t seed = 1; seed <= 120; ++seed) {
        int pieces = static_cast<int>(seed * 97 % 9000) + 5;
        int french = static_cast<int>(seed * 37 % 101);
        int later = static_cast<int>(seed * 53 % 101);
        std::string text =
            random_text(seed, pieces, french, pieces * static_cast<int>(seed % 7) / 6, later);
        auto expected = garbled_in_one_pass(text);
        auto got = check_not_garbled(text);
        CAPTURE(seed);
        REQUIRE(got.ok() == !expected.has_value());
        if (expected) CHECK(got.error().message == *expected);
        (expected ? garbled : clean) += 1;
    }
    CHECK(garbled > 15); // both outcomes drawn, often
    CHECK(clean > 20);
}

TEST_CASE("check_not_garbled counts characters of every length wherever they stand in a block") {
    // Broken characters about 1 in 20: the verdict turns on a single miscount.
    static constexpr std::array<std::string_view, 12> kPieces{"x",
                                                              " ",
                                                              "\xC3\xA9",
                                                              "\xE2\x80\x99",
                                                              "\xF0\x9F\x99\x82",
                                                              "\x7F",
                                                              "\xEF\xA4\x80",
                                                              "\xEF\xAC\x81",
                                                              "\n",
                                                              "\xEF\xBF\xBD",
                                                              "\xEE\x80\x80",
                                                              "\xEF\xA3\xBF"};
    int garbled = 0, clean = 0;
    std::uint32_t seed = 7;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        int pieces = 60 + round % 200;
        for (int k = 0; k < pieces; ++k) {
            seed = seed * 1664525u + 1013904223u;
            std::uint32_t pick = (seed >> 8) % 1000;
            // the last three pieces (broken) 1 in 17, the others alike
            text += pick < 59 ? kPieces[9 + pick % 3] : kPieces[pick % 9];
        }
        auto expected = garbled_in_one_pass(text);
        auto got = check_not_garbled(text);
        CAPTURE(text);
        REQUIRE(got.ok() == !expected.has_value());
        if (expected) CHECK(got.error().message == *expected);
        (expected ? garbled : clean) += 1;
    }
    CHECK(garbled > 300);
    CHECK(clean > 300);
}

TEST_CASE("check_not_garbled: a French start does not settle a garbled end") {
    // 2k common words, then m uncommon ones: garbled exactly when m > 38k,
    // which only the last bytes decide.
    constexpr int k = 3000;
    std::string start;
    for (int i = 0; i < k; ++i) start += "de la ";
    // Words of one letter (half the bytes left are word ends) and of two
    // (a third are): each bound on the words left is met exactly.
    for (std::string_view word : {"x ", "xy "}) {
        for (int m : {38 * k - 1, 38 * k, 38 * k + 1, 38 * k + 2}) {
            std::string text = start;
            for (int i = 0; i < m; ++i) text += word;
            CAPTURE(word);
            CAPTURE(m);
            CHECK(check_not_garbled(text).ok() == !garbled_in_one_pass(text).has_value());
            CHECK(check_not_garbled(text).ok() == (m <= 38 * k));
        }
    }
}

TEST_CASE("plainly_language counts every byte alike wherever it stands in a block") {
    // Its first form, a byte at a time, is the oracle.
    auto plainly_byte_by_byte = [](std::string_view s) {
        std::size_t letters = 0, vowels = 0;
        for (char ch : s) {
            auto c = static_cast<unsigned char>(ch);
            bool ascii_vowel =
                c < 0x80 && std::string_view("aeiouyAEIOUY").find(ch) != std::string_view::npos;
            letters += is_ascii_alpha(ch) || c == 0xC3 || c == 0xC5 ? 1u : 0u;
            vowels += ascii_vowel || c == 0xC3 ? 1u : 0u;
        }
        return letters < 12 || vowels * 100 >= letters * 36;
    };
    // 11 or 12 vowels in 33 letters, either side of 36 %: one byte's class
    // decides, at each place of two blocks and the byte after them.
    std::string abb;
    for (int k = 0; k < 11; ++k) abb += "abb";
    int differ = 0, compared = 0;
    for (std::string_view base :
         {std::string_view(abb), std::string_view("abbabbabbabbabbabbabbabbabbabbaba"),
          std::string_view("AbBaBBabbAbBabbAbbabBabbABbabbAbA")}) {
        for (int b = 0; b < 256; ++b) {
            for (std::size_t at = 0; at < base.size(); ++at) {
                std::string s(base);
                s[at] = static_cast<char>(b);
                differ += plainly_language(s) != plainly_byte_by_byte(s) ? 1 : 0;
                ++compared;
            }
        }
    }
    CHECK(differ == 0);
    CHECK(compared == 3 * 256 * 33);
    // A line past 255 blocks, where the byte counters are summed and begin again.
    std::string long_line;
    for (int k = 0; k < 400; ++k) long_line += "bbbbbbbbbbbbbbba"; // 1 vowel in 16: not plainly
    CHECK(plainly_language(long_line) == plainly_byte_by_byte(long_line));
    CHECK_FALSE(plainly_language(long_line));
    for (int k = 0; k < 400; ++k) long_line += "aaaaaaaaaaaaaaaa";
    CHECK(plainly_language(long_line) == plainly_byte_by_byte(long_line));
    CHECK(plainly_language(long_line));
}

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
