#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "utilities/calendar.h"
#include "utilities/text.h"
#include "utilities/text_store.h"

using namespace perr;

TEST_CASE("perr::fold") {
    CHECK(fold("Élever l’État") == "elever l'etat");
    CHECK(fold("Objectifs STRATÉGIQUES") == "objectifs strategiques");
    CHECK(fold("cœur – Œuvre") == "coeur - oeuvre");
    CHECK(fold("Ça") == "ca");
}

TEST_CASE("perr::collapse_spaces") {
    CHECK(collapse_spaces("  a \t b  \n c ") == "a b c");
    CHECK(collapse_spaces("") == "");
}

TEST_CASE("perr::is_all_caps") {
    CHECK(is_all_caps("PROTEGER"));
    CHECK(is_all_caps("DÉVELOPPER L'EMPLOI"));
    CHECK_FALSE(is_all_caps("Renforcer"));
    CHECK_FALSE(is_all_caps("DÉVELOPPEr"));
    CHECK_FALSE(is_all_caps("A", 2));
}

TEST_CASE("perr::Lines") {
    auto split = [](std::string_view text) {
        std::vector<std::string_view> out;
        for (std::string_view line : Lines(text)) out.push_back(line);
        return out;
    };
    using V = std::vector<std::string_view>;
    CHECK(split("a\n\nb\n") == V{"a", "", "b"});
    CHECK(split("a\n\nb") == V{"a", "", "b"});
    CHECK(split("\n") == V{""});
    CHECK(split("\n\n") == V{"", ""});
    CHECK(split("").empty());
}

TEST_CASE("perr::next_code_point") {
    std::string s = "é→";
    std::size_t i = 0;
    CHECK(next_code_point(s, i) == U'é');
    CHECK(next_code_point(s, i) == U'→');
    CHECK(i == s.size());
    std::string bad = "\xC3";
    i = 0;
    CHECK(next_code_point(bad, i) == 0xFFFD);
}

namespace {

// strip_markup as first written, one byte at a time: the oracle for the
// runs it copies whole.
std::string stripped_byte_by_byte(std::string_view s) {
    auto punct = [](char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
               (c >= '{' && c <= '~');
    };
    std::string out;
    bool space = false;
    auto put = [&](char c) {
        if (is_ascii_space(c)) {
            space = !out.empty();
            return;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '<' && i + 1 < s.size() &&
            (is_ascii_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            if (std::size_t close = s.find('>', i); close != std::string_view::npos) {
                put(' ');
                i = close;
                continue;
            }
        }
        if (c == '\\' && i + 1 < s.size() && punct(s[i + 1])) {
            put(s[++i]);
            continue;
        }
        if (c == '*' && !((i == 0 || s[i - 1] == ' ') && (i + 1 == s.size() || s[i + 1] == ' ')))
            continue;
        if (c == '_' && i + 1 < s.size() && s[i + 1] == '_') {
            ++i;
            continue;
        }
        put(c);
    }
    return out;
}

} // namespace

TEST_CASE("strip_markup copies runs whole, as one byte at a time would") {
    static constexpr std::array<std::string_view, 16> kPieces{
        "a",  "mot ", " ",  "  ",  "<b>", "< b", "<",   "*",
        "**", "_",    "__", "\\'", "\t",  "é",   "x>y", " *"};
    std::uint32_t seed = 5;
    std::string buffer;
    for (int line = 0; line < 3000; ++line) {
        std::string s;
        for (int k = 0; k < line % 25 + 1; ++k) {
            seed = seed * 1664525u + 1013904223u;
            s += kPieces[(seed >> 16) % kPieces.size()];
        }
        CAPTURE(s);
        CHECK(strip_markup(s) == stripped_byte_by_byte(s));
        strip_markup_into(s, buffer);
        CHECK(buffer == stripped_byte_by_byte(s));
    }
}

TEST_CASE("strip_markup's view of a plain line is what stripping it gives") {
    // Lines of plain bytes, markup, controls and doubled spaces at every
    // place of the 16-byte blocks the plain test reads at once.
    static constexpr std::array<std::string_view, 12> kPieces{
        "a", "mot ", " ", "  ", "<b>", "*", "_", "\\'", "\t", "\n", "é", "x>y"};
    std::uint32_t seed = 11;
    std::string buffer;
    for (int line = 0; line < 3000; ++line) {
        std::string s;
        for (int k = 0; k < line % 30 + 1; ++k) {
            seed = seed * 1664525u + 1013904223u;
            std::uint32_t pick = (seed >> 16) % 40;
            s += kPieces[pick < kPieces.size() ? pick : 1]; // mostly words
        }
        CAPTURE(s);
        CHECK(strip_markup(s, buffer) == strip_markup(s));
    }
}

TEST_CASE("fold makes no ASCII digit of any other character") {
    // mark_repeated_numbered_lines keys only lines holding an ASCII digit,
    // on the strength of this.
    std::size_t folded = 0;
    for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string s;
        append_utf8(s, cp);
        std::string f = fold(s);
        CHECK_MESSAGE(count_ascii_digits(f, 1) == 0, static_cast<unsigned>(cp));
        folded += f != s ? 1u : 0u;
    }
    CHECK(folded > 60); // Latin-1 letters, ligatures, quotes and dashes were folded
}

TEST_CASE("count_ascii_digits counts every byte alike wherever it stands") {
    // 16 bytes at a time, then 8: each byte value at each place of a block,
    // a word and the byte after them, with digits around it, against a
    // plain count.
    for (int b = 0; b < 256; ++b) {
        for (std::size_t at = 0; at < 25; ++at) {
            std::string s = "a1b2c3d4e5f6g7h8i9j0k1l2m";
            s[at] = static_cast<char>(b);
            auto plain = static_cast<std::size_t>(
                std::count_if(s.begin(), s.end(), [](char c) { return is_ascii_digit(c); }));
            CAPTURE(b);
            CAPTURE(at);
            CHECK(count_ascii_digits(s, 100) == plain);
            CHECK(count_ascii_digits(s, 5) == std::min<std::size_t>(plain, 5));
        }
    }
    CHECK(contains("les 3 axes du contrat", " axes"));
    CHECK_FALSE(contains("les 3 axes", "contrat"));
    CHECK(contains("x", ""));
    CHECK_FALSE(contains(std::string_view(), "x")); // an empty view: no null handed to memmem
    CHECK(contains(std::string_view(), ""));
}

TEST_CASE("count_byte counts as std::count, wherever the byte stands and past 255 blocks") {
    std::uint32_t seed = 3;
    for (std::size_t len : {0, 1, 15, 16, 17, 31, 33, 4080, 4095, 4096, 4097, 9000}) {
        std::string s(len, 'x');
        for (char& c : s) {
            seed = seed * 1664525u + 1013904223u;
            c = static_cast<char>(seed >> 24); // every byte value, '\n' 1 in 256
        }
        for (std::size_t at = 0; at < std::min<std::size_t>(len, 40); ++at) s[at] = '\n';
        for (char c : {'\n', '\0', '\xFF', 'x'}) {
            CAPTURE(len);
            CHECK(count_byte(s, c) == static_cast<std::size_t>(std::count(s.begin(), s.end(), c)));
        }
    }
    std::string all(300 * 16 + 5, '\n'); // every byte counter full, then more, then a tail
    CHECK(count_byte(all, '\n') == all.size());
}

TEST_CASE("contains finds a needle at every place of two blocks, as find does") {
    for (std::string_view needle : {"ontrat", " a sign", "ab", "a", "aab", "rotocole"}) {
        for (std::size_t len = 0; len < 40; ++len) {
            for (std::size_t at = 0; at <= len; ++at) {
                // A near miss everywhere (the first two bytes, then a wrong
                // one), the needle at `at` when it fits.
                std::string s(len, 'x');
                for (std::size_t k = 0; k + 2 < len; k += 5) {
                    s[k] = needle[0];
                    if (needle.size() > 1) s[k + 1] = needle[1];
                }
                if (at + needle.size() <= len) s.replace(at, needle.size(), needle);
                CAPTURE(s);
                CAPTURE(needle);
                CHECK(contains(s, needle) == (s.find(needle) != std::string::npos));
            }
        }
    }
}

TEST_CASE("contains_ascii_caseless finds a word at every place, in any case") {
    // Its first byte is looked for 8 bytes at a time: each place in and
    // across those words, against a plain search.
    auto plain = [](std::string_view s, std::string_view lower) {
        for (std::size_t i = 0; i + lower.size() <= s.size(); ++i) {
            std::size_t k = 0;
            while (k < lower.size() && ascii_lower(s[i + k]) == lower[k]) ++k;
            if (k == lower.size()) return true;
        }
        return false;
    };
    for (std::string_view word : {"protocole", "p", "@x", "ab"}) {
        for (std::size_t at = 0; at < 20; ++at) {
            for (std::size_t len = 0; len < 30; len += 3) {
                std::string s(len, 'o');
                s.replace(std::min(at, s.size()), 0, at % 2 == 0 ? "PROTOCOLE" : "pRoToCoLe");
                if (at % 3 == 0) s += "`x"; // '`' is '@' with 0x20 set: a candidate, no match
                CAPTURE(s);
                CAPTURE(word);
                CHECK(contains_ascii_caseless(s, word) == plain(s, word));
            }
        }
    }
}

TEST_CASE("perr::contains_ascii_caseless") {
    CHECK(contains_ascii_caseless("Le PROTOCOLE d'engagements", "protocole"));
    CHECK(contains_ascii_caseless("protocole", "protocole"));
    CHECK(contains_ascii_caseless("xProToCole", "protocole"));
    CHECK_FALSE(contains_ascii_caseless("protocol", "protocole"));
    CHECK_FALSE(contains_ascii_caseless("", "protocole"));
    CHECK(contains_ascii_caseless("anything", ""));
}

TEST_CASE("perr::is_valid_day") {
    CHECK(is_valid_day(2020, 2, 29));
    CHECK_FALSE(is_valid_day(2019, 2, 29));
    CHECK_FALSE(is_valid_day(1900, 2, 29)); // a century, not a leap year
    CHECK(is_valid_day(2000, 2, 29));
    CHECK_FALSE(is_valid_day(2020, 4, 31));
    CHECK_FALSE(is_valid_day(2020, 13, 1));
    CHECK_FALSE(is_valid_day(2020, 1, 0));
}

TEST_CASE("perr::TextStore keeps texts whole and in place") {
    TextStore store;
    std::vector<std::string_view> kept;
    std::vector<std::string> texts;
    for (int i = 0; i < 20000; ++i) texts.push_back("texte numéro " + std::to_string(i));
    texts.push_back(std::string(200000, 'x')); // longer than a chunk
    texts.push_back("après");
    for (const std::string& t : texts) kept.push_back(store.keep(t));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(kept[i] == texts[i]);
        CHECK(kept[i].data() != texts[i].data()); // a copy, not the caller's bytes
    }
    CHECK(store.keep("").empty());
}
