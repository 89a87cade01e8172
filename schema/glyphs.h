// The list markers perr knows: each glyph as written and the one it is
// normalized to. One table for the readers (parsers/signals) and for
// validate's rule that a title never starts with a marker. Part of the
// model's vocabulary, not of a reader: it sits below both.
#pragma once

#include <span>
#include <string_view>

namespace perr {

struct Glyph {
    std::string_view bytes;
    std::string_view normalized;
};

std::span<const Glyph> list_glyphs();

// The glyph `s` starts with, or nullptr.
const Glyph* glyph_at_start(std::string_view s);

// Whether a title starts with a list marker: a symbol glyph, or a dash,
// '*' or '+' followed by a space. 'o' (a letter) and '§' (a section sign
// in prose) are markers only where a reader sees them at a line's start.
bool starts_with_marker(std::string_view title);

} // namespace perr
