// Stage 3 for the line layouts (text, web, markdown): one Line per source
// line with its bullet marker, number, indentation and emphasis taken
// apart from its text. No interpretation of what the line means.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace perr {

enum class Emphasis { plain, italic, bold };

// Structure that table layouts add between lines: where a territory's part,
// a row's first cell, a content cell or a table begins or ends.
enum class Boundary { none, territoire, first_cell, content_cell, table_end };

struct Line {
    int number = 0; // 1-based source line
    int indent = 0; // leading columns (a tab counts 4)
    bool blank = true;
    int heading_level = 0; // markdown '#' count
    std::string marker; // bullet glyph, normalized ("-", "→", "○", "✓", "•"); "" when none
    std::string label;  // list number as written ("1", "A", "2.3"); "" when none
    std::string label_style; // how it is written: "1.", "A.", "1)", "1–"; "" when none
    Emphasis emphasis = Emphasis::plain;
    bool colon = false;   // the text ended with ':' (removed from `text`)
    std::string text;     // marker, number, markup and trailing ':' removed; spaces collapsed
    std::string_view raw; // the source line as it is
    Boundary boundary = Boundary::none;
    bool in_run = false; // a markdown line between the rows of a table document
};

// Glyphs that mark list items in converter output; '➔' and '→' are one
// glyph (STRUCTURE.md rule 2), as are '–' and '-'.
std::string normalize_marker(std::string_view glyph);

// Removes inline markup: HTML tags, markdown '**' / '*' / '__' emphasis.
std::string strip_markup(std::string_view s);

// One line (`raw` must outlive the result: Line keeps a view of it).
Line lex_line(std::string_view raw, int number);

std::vector<Line> lex_lines(std::string_view text);

} // namespace perr
