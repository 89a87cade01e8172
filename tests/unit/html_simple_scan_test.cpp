// The scanner of simple fragments against libxml2: the same blocks, spans,
// lines and (no) errors for every fragment it takes, and libxml2 left the
// ones it must not take.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>

#include "parsers/html_fragment.h"
#include "parsers/html_simple_scan.h"

using namespace perr;

namespace {

bool same_spans(const std::vector<TextSpan>& a, const std::vector<TextSpan>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}

bool same_block(const HtmlBlock& a, const HtmlBlock& b) {
    return a.text == b.text && same_spans(a.italic, b.italic) && same_spans(a.bold, b.bold) &&
           a.list_depth == b.list_depth && a.list_item == b.list_item && a.heading == b.heading &&
           a.line == b.line && a.table_cell == b.table_cell && a.column == b.column &&
           a.header_cell == b.header_cell;
}

// What libxml2 gives `html` (a cell: lists not kept) equals what the
// scanner gives, when the scanner takes it. Whether it took it.
bool taken_alike(HtmlFragmentParser& parser, const std::string& html) {
    auto simple = scan_simple_fragment(html);
    if (!simple) return false;
    HtmlText parsed = parser.libxml2_blocks(html, false);
    CAPTURE(html);
    CHECK(parsed.errors == 0);
    CHECK(parsed.too_deep_line == 0);
    REQUIRE(parsed.blocks.size() == simple->size());
    for (std::size_t i = 0; i < simple->size(); ++i)
        CHECK(same_block(parsed.blocks[i], (*simple)[i]));
    return true;
}

} // namespace

TEST_CASE("scan_simple_fragment: random cells of text and plain tags, as libxml2 reads them") {
    static constexpr std::array<std::string_view, 30> kPieces{
        "Agir",     " ",         "  ",        "l’été", "mot mot",      "\xC2\xA0",
        "\xC2\x92", "- Former ", "○ a",       "✓ b",   "<p>",          "</p>",
        "<br>",     "<i>",       "</i>",      "<em>",  "</em>",        "<b>",
        "</b>",     "<strong>",  "</strong>", "<u>",   "</u>",         "<small>",
        "</small>", "<ul>",      "</ul>",     "x",     "\xE2\x80\xAF", "Ex : "};
    HtmlFragmentParser parser;
    std::uint32_t seed = 3;
    int taken = 0, tried = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string html;
        for (int k = 0; k < round % 14 + 1; ++k) {
            seed = seed * 1664525u + 1013904223u;
            std::string_view piece = kPieces[(seed >> 16) % kPieces.size()];
            // List tags as a cell's reader hands them on: <br>.
            html += piece == "<ul>" || piece == "</ul>" ? std::string_view("<br>") : piece;
        }
        ++tried;
        taken += taken_alike(parser, html) ? 1 : 0;
    }
    CHECK(taken * 20 > tried); // enough were simple enough to compare (most misnest)
}

TEST_CASE("scan_simple_fragment: the cells it takes and the ones it leaves") {
    HtmlFragmentParser parser;
    for (std::string html :
         {"Grand Paris Sud", "<p>Objectif : agir</p> <p>Les priorités :</p> <br> - Renforcer",
          "Texte <small>Essonne</small>", "<p><i>Ex : un exemple</i> et <b>la</b> suite</p>",
          "Sans paragraphe</p>", "<br>  texte", "<p>a<p>b</p>c"})
        CHECK_MESSAGE(taken_alike(parser, html), html);
    for (std::string html : {"a &amp; b", "a > b", "<p class=\"x\">a</p>", "<i>a</p>", "<i>a",
                             "<b><i>a</b></i>", "<div>a</div>", "a\nb", "<br>b</p>",
                             "<i><p>a</p></i>", "a\xEF\xBF\xBF", "<P>a</P>", "", "   "})
        CHECK_MESSAGE(!scan_simple_fragment(html), html);
    // The ones it leaves still read, by libxml2.
    CHECK(parser.blocks("a &amp; b", false).blocks.at(0).text == "a & b");
}
