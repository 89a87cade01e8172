#include <doctest/doctest.h>

#include <array>
#include <cstdint>

#include "utilities/decode.h"
#include "utilities/text.h"

using namespace perr;

namespace {
DecodedText ok(std::string_view bytes) {
    auto r = decode(bytes);
    REQUIRE(r.ok());
    return std::move(r).value();
}
} // namespace

TEST_CASE("perr::decode") {
    SUBCASE("UTF-8 with and without BOM") {
        CHECK(ok("Axe 1").encoding == "UTF-8");
        auto bom = ok("\xEF\xBB\xBF"
                      "Axe 1");
        CHECK(bom.encoding == "UTF-8 (BOM)");
        CHECK(bom.text == "Axe 1");
    }
    SUBCASE("UTF-16 LE and BE with BOM") {
        auto le = ok(std::string("\xFF\xFE"
                                 "A\0x\0e\0 \0\xE9\0",
                                 12));
        CHECK(le.encoding == "UTF-16LE");
        CHECK(le.text == "Axe é");
        auto be = ok(std::string("\xFE\xFF\0A\0\xE9", 6));
        CHECK(be.encoding == "UTF-16BE");
        CHECK(be.text == "Aé");
    }
    SUBCASE("legacy single-byte text is converted") {
        auto latin = ok("Objectif strat\xE9gique : r\xE9ussir l\x92\xE9t\xE9");
        CHECK(latin.text == "Objectif stratégique : réussir l’été");
        CHECK(latin.encoding != "UTF-8");
    }
    SUBCASE("line ends and spaces are normalized") {
        CHECK(ok("a\r\nb\rc").text == "a\nb\nc");
        CHECK(ok("a\xC2\xA0:\xE2\x80\xAF"
                 "b\xE2\x80\x8B")
                  .text == "a : b");
    }
    SUBCASE("empty and binary input are errors") {
        auto empty = decode("");
        REQUIRE(!empty.ok());
        CHECK(empty.error().kind == ErrorKind::empty);
        CHECK(empty.error().message == "empty file");
        CHECK(!decode(" \n\t\n").ok());
        auto bin = decode(std::string("ELF\0\0\1", 6));
        REQUIRE(!bin.ok());
        CHECK(bin.error().kind == ErrorKind::binary);
        CHECK(bin.error().message == "binary file (contains NUL bytes)");
    }
}

TEST_CASE("decode_owned and normalize_text_in_place give what the copying forms give") {
    // C1 controls (U+0080 "\xC2\x80" means the 3-byte euro sign) grow the text
    // where they stand: at the start, in the middle, at the end, in a row.
    for (std::string_view bytes :
         {std::string_view("Axe 1"),
          std::string_view("\xEF\xBB\xBF"
                           "Axe\r\n1\r2"),
          std::string_view("a\xC2\xA0:\xE2\x80\xAF"
                           "b\xE2\x80\x8B c\xEF\xBB\xBF"),
          std::string_view("\xC2\x80 prix"), std::string_view("l\xC2\x92\xC3\xA9t\xC3\xA9"),
          std::string_view("fin \xC2\x80"), std::string_view("\xC2\x80\xC2\x80\xC2\x99\xC2\x8D x"),
          std::string_view("\r\n\r\n\xC2\x93mot\xC2\x94\r\n"),
          std::string_view("Objectif strat\xE9gique"),
          std::string_view("\xFF\xFE"
                           "A\0x\0",
                           6),
          std::string_view(" \n\t"), std::string_view("")}) {
        CAPTURE(bytes);
        auto copied = decode(bytes);
        auto owned = decode_owned(std::string(bytes));
        REQUIRE(copied.ok() == owned.ok());
        if (!copied.ok()) {
            CHECK(copied.error().message == owned.error().message);
            continue;
        }
        CHECK(owned.value().text == copied.value().text);
        CHECK(owned.value().encoding == copied.value().encoding);
        std::string in_place(bytes);
        normalize_text_in_place(in_place);
        CHECK(in_place == normalize_text(bytes));
    }
    std::string euros = "\xC2\x80\xC2\x80";
    normalize_text_in_place(euros);
    CHECK(euros == "€€");
}

namespace {

// normalize_text by its rules, one code point at a time: the oracle for
// the runs it copies whole.
std::string normalized_by_code_point(std::string_view s) {
    static constexpr std::array<char32_t, 32> kC1{
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '\r') {
            out += '\n';
            i += s.substr(i, 2) == "\r\n" ? 2 : 1;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
                     cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
        if (space)
            out += ' ';
        else if (cp == 0x200B || cp == 0xFEFF || cp == 0x2060)
            continue;
        else if (cp >= 0x80 && cp <= 0x9F && static_cast<unsigned char>(s[start]) >= 0x80) {
            if (kC1[cp - 0x80] != 0) append_utf8(out, kC1[cp - 0x80]);
        } else
            out.append(s.substr(start, i - start));
    }
    return out;
}

} // namespace

TEST_CASE("normalize_text copies runs whole, as a code point at a time would") {
    // Pieces of well-formed and broken UTF-8 next to the bytes that change.
    static constexpr std::array<std::string_view, 24> kPieces{"a",
                                                              "texte ",
                                                              "\r",
                                                              "\r\n",
                                                              "\n",
                                                              "é",
                                                              "\xC2\xA0",
                                                              "\xC2\x80",
                                                              "\xC2\x92",
                                                              "\xC2\x9D",
                                                              "\xE2\x80\x8B",
                                                              "\xE2\x80\xAF",
                                                              "\xEF\xBB\xBF",
                                                              "\xE3\x80\x80",
                                                              "\xE1\x9A\x80",
                                                              "\xE2\x81\xA0",
                                                              "\xC3",
                                                              "\x80",
                                                              "\xE2\x80",
                                                              "€",
                                                              "—",
                                                              "\xF0\x9F\x98\x80",
                                                              "\xC2",
                                                              "\xEF"};
    std::uint32_t seed = 7;
    for (int text = 0; text < 400; ++text) {
        std::string s;
        for (int k = 0; k < text % 40 + 1; ++k) {
            seed = seed * 1664525u + 1013904223u;
            s += kPieces[(seed >> 16) % kPieces.size()];
        }
        CAPTURE(s);
        CHECK(normalize_text(s) == normalized_by_code_point(s));
        std::string in_place = s;
        normalize_text_in_place(in_place);
        CHECK(in_place == normalized_by_code_point(s));
    }
}

TEST_CASE("perr::is_valid_utf8") {
    CHECK(is_valid_utf8("é➔"));
    CHECK_FALSE(is_valid_utf8("\xC3"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // > U+10FFFF
}

TEST_CASE("perr::decode: per-region decisions, wide and declared charsets") {
    SUBCASE("a damaged run in UTF-8 stays UTF-8, each bad byte replaced") {
        std::string text;
        for (int i = 0; i < 30; ++i) text += "- Améliorer l'accès à la santé\n";
        text.insert(text.find("santé", 200), "\xFF\xFE\xFD\xFC\xFB\xFA\xF9");
        auto r = ok(text);
        CHECK(r.encoding == "UTF-8");
        CHECK(r.replaced == 7);
        CHECK(r.text.find("Améliorer") != std::string::npos);
    }
    SUBCASE("a legacy line in a UTF-8 file is read in the legacy charset") {
        auto r = ok("Axe 1 : Développer\n- r\xE9ussir l'\xE9t\xE9\n");
        CHECK(r.text == "Axe 1 : Développer\n- réussir l'été\n");
        CHECK(r.encoding == "UTF-8 (1 line(s) windows-1252)");
        CHECK(r.replaced == 0);
    }
    SUBCASE("UTF-32 by its byte-order mark") {
        auto le = ok(std::string("\xFF\xFE\0\0A\0\0\0\xE9\0\0\0", 12));
        CHECK(le.encoding == "UTF-32LE");
        CHECK(le.text == "Aé");
        auto be = ok(std::string("\0\0\xFE\xFF\0\0\0A", 8));
        CHECK(be.encoding == "UTF-32BE");
        CHECK(be.text == "A");
    }
    SUBCASE("a declared charset that is not ASCII-compatible is not believed") {
        auto r = ok("<meta charset=\"utf-7\"><p>Axe +AAA- \xE9t\xE9</p>");
        CHECK(r.encoding == "windows-1252");
        CHECK(r.text.find('\0') == std::string::npos);
        CHECK(r.text.find("+AAA-") != std::string::npos);
    }
    SUBCASE("NUL produced by a wide charset is binary") {
        CHECK(!decode(std::string("\xFF\xFE"
                                  "A\0\0\0",
                                  6))
                   .ok());
    }
    SUBCASE("every PCRE2 space becomes a space; C1 controls mean windows-1252") {
        CHECK(ok("a\xE1\x9A\x80"
                 "b\xE2\x80\xA8"
                 "c\xE2\x80\xA9"
                 "d")
                  .text == "a b c d");
        CHECK(ok("l\xC2\x92\xC3\xA9t\xC3\xA9\xC2\x85").text == "l’été…");
    }
}

TEST_CASE("decode normalizes from the first change its check finds, wherever it stands") {
    // Plain pieces (ASCII, "é", "’" and "«", whose lead bytes may mean a
    // change but do not) around a changing one (CR, NBSP, a zero-width
    // space, a C1 control) at every place, or none; the bytes before the
    // first change are left where they are.
    static constexpr std::array<std::string_view, 5> kPlain{"ab", " ", "é", "’", "«"};
    static constexpr std::array<std::string_view, 6> kChanging{
        "\r\n", "\r", "\xC2\xA0", "\xE2\x80\x8B", "\xC2\x80", "\xE2\x80\xAF"};
    std::uint32_t seed = 17;
    int changed = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string text = "Axe ";
        int pieces = round % 40;
        int change_at = round % 3 == 0 ? -1 : (round / 3) % (pieces + 1);
        for (int k = 0; k <= pieces; ++k) {
            seed = seed * 1664525u + 1013904223u;
            if (k == change_at || (change_at >= 0 && seed % 17 == 0))
                text += kChanging[(seed >> 8) % kChanging.size()];
            else
                text += kPlain[(seed >> 8) % kPlain.size()];
        }
        CAPTURE(text);
        auto copied = decode(text);
        auto owned = decode_owned(text);
        REQUIRE(copied.ok());
        REQUIRE(owned.ok());
        CHECK(copied.value().text == normalized_by_code_point(text));
        CHECK(owned.value().text == normalized_by_code_point(text));
        changed += copied.value().text != text ? 1 : 0;
    }
    CHECK(changed > 2000);
}
