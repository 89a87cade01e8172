// A thin libxml2 wrapper: an HTML fragment -> its text, block by block,
// with the character ranges that were italic or bold. Knows nothing of
// perr. UTF-8 is forced (libxml2 would otherwise guess Latin-1), no network,
// no external entities; errors and warnings are counted, never printed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace perr {

struct TextSpan {
    std::size_t begin;
    std::size_t end;
};

struct HtmlBlock {
    std::string text;             // whitespace collapsed
    std::vector<TextSpan> italic; // byte ranges of text inside <i>/<em>
    std::vector<TextSpan> bold;   // inside <b>/<strong>
    int list_depth = 0;           // <ul>/<ol> nesting, when the source closes them
    bool list_item = false;       // opened by <li>
    int heading = 0;              // 1..6 for <h1>..<h6>
    int line = 0;                 // source line of the block's first text (libxml2's count)
    bool table_cell = false;      // inside <td>/<th>
    int column = -1;              // the cell's column in a data table (one with <th>), else -1
    bool header_cell = false;     // a <th> of a data table
};

// True when at least nine tenths of the non-space bytes of text[begin, end)
// lie in `spans` (after `skip` leading bytes, e.g. a bullet glyph).
bool mostly_covered(const std::vector<TextSpan>& spans, std::string_view text, std::size_t begin,
                    std::size_t end, std::size_t skip = 0);

struct HtmlText {
    std::vector<HtmlBlock> blocks;
    // libxml2 errors and warnings (malformed markup); a fragment libxml2
    // could not read at all counts as one, so its loss is reported.
    int errors = 0;
    int first_error_line = 0; // libxml2's line of the first error; 0 when unknown
    // Elements nested deeper than kMaxHtmlDepth: the line where parsing
    // stopped (the page is refused, never read in part); 0 when not.
    int too_deep_line = 0;
};

// libxml2's own limits (256 levels, 10 MB text nodes) are lifted, as
// they drop the rest of a page; this one is perr's, and refuses the page.
inline constexpr int kMaxHtmlDepth = 4096;

// "HTML nested deeper than 4096 levels at line L: ..." (the refusal).
std::string html_too_deep_message(int line);

// Parses HTML fragments one after another with one libxml2 parser
// context, reset between them (a reader of many small fragments, such as
// table cells, would otherwise build and free a context for each).
class HtmlFragmentParser {
  public:
    HtmlFragmentParser();
    ~HtmlFragmentParser();
    HtmlFragmentParser(const HtmlFragmentParser&) = delete;
    HtmlFragmentParser& operator=(const HtmlFragmentParser&) = delete;

    // Parses `html` as a fragment. `keep_lists` keeps <ul>/<ol> nesting;
    // when false (or when the fragment's lists are unbalanced, as
    // converters leave them) list tags only separate blocks, so nesting
    // depth cannot explode. A fragment of text and a few plain tags is
    // read without libxml2, to the same blocks (html_simple_scan.h).
    HtmlText blocks(std::string_view html, bool keep_lists);
    // The same, libxml2 reading every fragment: what the scanner is held to.
    HtmlText libxml2_blocks(std::string_view html, bool keep_lists);

  private:
    HtmlText read(std::string_view html, bool keep_lists, bool simple_first);

    struct Context;
    std::unique_ptr<Context> context_;
};

// One fragment, with a parser of its own.
HtmlText html_blocks(std::string_view html, bool keep_lists);

// libxml2 must be initialised once, in one thread, before threads parse
// (its own documentation); idempotent.
void init_html_parsing();

// True when every <ul>/<ol> opened in `html` is closed.
bool lists_balanced(std::string_view html);

} // namespace perr
