#include "schema/glyphs.h"

#include <array>

namespace perr {
namespace {

// Longest glyphs first is not needed: no glyph is a prefix of another.
constexpr std::array<Glyph, 36> kGlyphs{{
    {"-", "-"},           {"*", "-"}, {"+", "-"}, {"\u2013", "-"}, // – en dash
    {"\u2014", "-"},                                               // — em dash
    {"\u2212", "-"},                                               // − minus
    {"\u2794", "\u2192"},                                          // ➔
    {"\u279C", "\u2192"},                                          // ➜
    {"\u2192", "\u2192"},                                          // →
    {"\u21D2", "\u2192"},                                          // ⇒
    {"\uF0E8", "\u2192"}, // Wingdings arrow (Word's private use area)
    {"\u25CB", "\u25CB"}, // ○
    {"\u2713", "\u2713"}, // ✓
    {"\u2714", "\u2713"}, // ✔
    {"\uF0FC", "\u2713"}, // Wingdings check mark
    {"\u2022", "\u2022"}, // •
    {"\u25CF", "\u2022"}, // ●
    {"\u2023", "\u2022"}, // ‣
    {"\u2043", "\u2022"}, // ⁃
    {"\uF0B7", "\u2022"}, // Symbol-font bullet (Word)
    {"\u00B7", "\u2022"}, // · middle dot
    {"\u25AA", "\u25AA"}, // ▪
    {"\u25A0", "\u25AA"}, // ■
    {"\u25AB", "\u25AA"}, // ▫
    {"\u25A1", "\u25AA"}, // □
    {"\uF0A7", "\u25AA"}, // Wingdings square (Word)
    {"\u25E6", "\u25E6"}, // ◦ Word's second-level bullet
    {"o", "\u25E6"},      // ... as pdftotext and text exports write it
    {"\u27A2", "\u27A2"}, // ➢
    {"\u27A4", "\u27A2"}, // ➤
    {"\u25BA", "\u27A2"}, // ►
    {"\u25B6", "\u27A2"}, // ▶
    {"\uF0D8", "\u27A2"}, // Wingdings arrowhead (Word)
    {"\u2756", "\u2756"}, // ❖
    {"\u00A7", "\u00A7"}, // §
    {"\u2751", "\u25AA"}, // ❑
}};

// The bytes a glyph can start with: most lines start with none of them and
// are decided by one lookup.
constexpr std::array<bool, 256> kLeadBytes = [] {
    std::array<bool, 256> t{};
    for (const Glyph& g : kGlyphs) t[static_cast<unsigned char>(g.bytes.front())] = true;
    return t;
}();

} // namespace

std::span<const Glyph> list_glyphs() {
    return kGlyphs;
}

const Glyph* glyph_at_start(std::string_view s) {
    if (s.empty() || !kLeadBytes[static_cast<unsigned char>(s.front())]) return nullptr;
    for (const Glyph& g : kGlyphs)
        if (s.starts_with(g.bytes)) return &g;
    return nullptr;
}

bool starts_with_marker(std::string_view title) {
    const Glyph* g = glyph_at_start(title);
    if (g == nullptr || g->bytes == "o" || g->bytes == "\u00A7") return false;
    bool needs_space = g->bytes.size() == 1 || g->normalized == "-";
    return !needs_space || title.substr(g->bytes.size()).starts_with(' ');
}

} // namespace perr
