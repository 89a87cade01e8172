// The tables of structural signals, each written once: which glyphs mark
// list items (and which of them hint at a kind), and how list and heading
// numbers are written (`1.`, `1.2.3`, `II.`, `A)`, `a)`). Every reader and
// the outline pass use these; nothing else spells a glyph or a scheme.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "schema/model.h"

namespace perr {

// Byte length of the bullet glyph that starts `s` and is followed by a
// space or a TAB (LibreOffice writes "•<TAB>text"); 0 when none. `s` must be
// trimmed on the left.
std::size_t bullet_length(std::string_view s);

// True when the code point is a bullet glyph that can start a run-in item
// in the middle of a line (dashes, "§" and "·" excepted, as they also occur
// inside sentences): used to split the items of one HTML cell.
bool is_bullet_code_point(char32_t cp);

// The glyph's class: glyphs that converters use interchangeably share one
// ("➔", "➜" and "→" are "→"; "–" and "-" are "-"; Word's Symbol-font
// private-use bullets are "•"). A view into the glyph table, which lives
// as long as the program; unknown text is returned as it is (`glyph`).
std::string_view normalize_marker(std::string_view glyph);

// A paragraph's list glyph, normalized, in one byte (its class's rank in
// the glyph table; 0 for none): a million lines hold a million of them.
class Marker {
  public:
    Marker() = default;
    // A class normalize_marker returns; any other text is no marker.
    Marker(std::string_view normalized); // NOLINT(google-explicit-constructor)
    operator std::string_view() const;   // NOLINT(google-explicit-constructor)
    bool empty() const { return rank_ == 0; }
    friend bool operator==(Marker a, Marker b) { return a.rank_ == b.rank_; }
    friend bool operator==(Marker a, std::string_view b) { return std::string_view(a) == b; }

  private:
    std::uint8_t rank_ = 0;
};

// "-", "–" or "—" alone; `s` ends with one of them (trailing spaces aside).
bool is_dash(std::string_view s);
bool ends_with_dash(std::string_view s);

// STRUCTURE.md's glyph hints: arrow lines are orientations, "○" items
// operational objectives, "✓" items actions. Takes a normalized marker.
std::optional<Kind> glyph_kind(std::string_view marker);

enum class NumberScheme : std::uint8_t {
    none,
    decimal,
    upper_roman,
    upper_alpha,
    lower_roman,
    lower_alpha
};

// A list or heading number as written: "1.2.3" (decimal, depth 3), "IV"
// (upper roman), "b" (lower alpha). `style` says how it is written, one
// character per scheme component plus the delimiter ("1.", "1.1.", "A)",
// "a)", "1–"), so that items written alike compare equal.
struct Numbering {
    std::string text;
    NumberScheme scheme = NumberScheme::none;
    int depth = 0;     // components of a decimal path; 1 otherwise
    std::string style; // "" when there is no number
};

struct NumberedText {
    Numbering number;
    std::string_view rest; // the text after the number and its delimiter
};

// Takes a number off the front of `s` ("1. X", "1.2.3 X", "a) X", "IV – X",
// "2 – X" after a bullet). Plain years and dates are not numbers.
std::optional<NumberedText> take_numbering(std::string_view s, bool after_marker);

// The number that follows `n` in its scheme ("2" after "1", "B" after "A",
// "1.3" after "1.2"); "" when unknown.
std::string next_number(const Numbering& n);

// "1.10" comes after "1.9": decimal paths compared part by part.
bool decimal_path_less(std::string_view a, std::string_view b);

// "1.2.3" -> "1.2"; "" for a one-component number.
std::string_view parent_path(std::string_view number);

} // namespace perr
