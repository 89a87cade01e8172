// A PDF page as the PDF readers see it: words with their boxes and fonts
// (what poppler gives), grouped into visual lines. Plain data and pure
// functions, so the layout rules are tested without a PDF.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace perr {

// The key that most characters have (the first in key order on a tie): a
// line's or the body's size, the body's font family.
template <class Key>
Key most_common(const std::map<Key, std::size_t>& chars_by_key) {
    Key best{};
    std::size_t most = 0;
    for (const auto& [key, n] : chars_by_key)
        if (n > most) {
            most = n;
            best = key;
        }
    return best;
}

struct PdfWord {
    std::string text;
    double x0 = 0, x1 = 0, top = 0, bottom = 0; // points, y growing downwards
    double size = 0;                            // font size
    bool bold = false;                          // from the font's name
    bool italic = false;
    bool space_after = true;
    std::string family; // the font's family: "DejaVuSerif" of "ABCDEF+DejaVuSerif-Bold"
};

struct PdfLine {
    std::string text;  // the words after the leading bullet glyph, if any
    std::string glyph; // a bullet glyph standing first, apart ("•"); "" when none
    double x0 = 0, x1 = 0, top = 0, bottom = 0;
    double second_x = 0;         // left of the second word (an item's text after "1." or "•")
    double first_word_width = 0; // of the first word of `text`
    double size = 0;             // the font size most of the line's characters have
    std::string family;          // the font family of the line's first word
    std::size_t chars = 0, bold_chars = 0, italic_chars = 0; // non-space, glyph excluded
    int number = 0; // running line number in the document (1-based), furniture included
};

struct PdfPage {
    double width = 0, height = 0;
    std::vector<PdfLine> lines;
};

// Words in reading order (as poppler's text output gives them) into lines:
// a word whose vertical middle leaves the current line's box, or that
// goes back to the left, starts a new line. A bullet glyph that came out
// on a line of its own (a column of bullets read before their items) joins
// the line it stands on.
std::vector<PdfLine> group_lines(const std::vector<PdfWord>& words);

// "Arial-BoldMT", "ABCDEF+DejaVuSerif-BoldItalic": what the name says.
bool font_is_bold(std::string_view font_name);
bool font_is_italic(std::string_view font_name);
std::string font_family(std::string_view font_name);

} // namespace perr
