// The unit every reader emits and the structuring passes read: one
// paragraph of the source with its structural signals taken apart from its
// text. Plain data, no behaviour; readers fill what their format knows.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "parsers/signals.h"

namespace perr {

enum class Emphasis : std::uint8_t { plain, italic, bold };

// The paragraph that opens a table cell says which column it opens. The
// html-table layout's rows hold headings in their first cell and the lists
// under them in the others; each column's lists go on across rows.
enum class CellStart : std::uint8_t { none, heading_column, content_column };

inline const Numbering kNoNumbering{};

// A paragraph's number, held apart and copied with it: most paragraphs have
// none, and it costs them 8 bytes instead of a Numbering's 72.
class HeldNumbering {
  public:
    HeldNumbering() = default;
    HeldNumbering(const HeldNumbering& other) : held_(copy(other)) {}
    HeldNumbering(HeldNumbering&&) noexcept = default;
    HeldNumbering& operator=(const HeldNumbering& other) {
        if (this != &other) held_ = copy(other);
        return *this;
    }
    HeldNumbering& operator=(HeldNumbering&&) noexcept = default;
    ~HeldNumbering() = default;

    const Numbering& get() const { return held_ ? *held_ : kNoNumbering; }
    void set(Numbering n) { held_ = std::make_unique<const Numbering>(std::move(n)); }

  private:
    static std::unique_ptr<const Numbering> copy(const HeldNumbering& other) {
        return other.held_ ? std::make_unique<const Numbering>(*other.held_) : nullptr;
    }
    std::unique_ptr<const Numbering> held_;
};

// 56 bytes (a 50 MB text makes a million): the levels are narrow, the
// one-byte fields packed after them, the flags bits of one byte.
struct Paragraph {
    int number = 0; // 1-based source line of the paragraph's first line
    int indent = 0; // leading columns (a tab counts 4)
    // Nesting of the list that holds the item (1 = outermost); 0 = none.
    // HTML deeper than 4096 levels is refused, a Word list has 9.
    std::int16_t list_level = 0;
    // Markdown '#' count, HTML h1-h6, a word processor's heading style (up to 10).
    std::int8_t heading_level = 0;
    Emphasis emphasis = Emphasis::plain;
    CellStart cell_start = CellStart::none;
    Marker marker;                     // normalized bullet glyph; empty if none
    bool blank : 1 = true;             // an empty line: a paragraph break
    bool colon : 1 = false;            // the text ended with ':' (removed from `text`)
    bool territory_header : 1 = false; // a table's part header; `text` is the territory's name
    bool in_run : 1 = false;           // a markdown line between the rows of a table document
    // Marker, number, markup and trailing ':' removed; spaces collapsed. A
    // view of `raw` where the lexer took nothing else off, else of the
    // reader's store: it lives as long as the source and the store.
    std::string_view text;
    std::string_view raw;         // the paragraph's source text (joined lines for reassembled text)
    HeldNumbering numbering_held; // set through set_numbering

    // "1.2", "A", "a" with its scheme and style; empty when none.
    const Numbering& numbering() const { return numbering_held.get(); }
    void set_numbering(Numbering n) { numbering_held.set(std::move(n)); }
};

// A blank paragraph that only opens a cell: a cell without words, or whose
// words were left out, still begins where it does.
inline Paragraph cell_start_only(int number, CellStart start) {
    Paragraph p;
    p.number = number;
    p.cell_start = start;
    return p;
}

} // namespace perr
