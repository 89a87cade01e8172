// Real HTML documents (saved from a browser, exported by Word or
// LibreOffice): each DOM block becomes a Paragraph whose heading level,
// list level and emphasis come from the markup; only the block's own text
// is lexed (for a bullet glyph, a number or a label written in it).
#include "parsers/html_fragment.h"
#include "parsers/readers.h"

namespace perr {
namespace {

Emphasis block_emphasis(const HtmlBlock& b) {
    // The other columns of a data table describe the item of their row.
    if (b.column > 0 || mostly_covered(b.italic, b.text, 0, b.text.size())) return Emphasis::italic;
    if (mostly_covered(b.bold, b.text, 0, b.text.size())) return Emphasis::bold;
    return Emphasis::plain;
}

Paragraph paragraph_of(const HtmlBlock& b, std::string_view text, int number, TextStore& store) {
    Paragraph p;
    p.number = number;
    p.raw = text;
    p.heading_level = static_cast<std::int8_t>(b.heading);
    if (b.list_item) p.list_level = static_cast<std::int16_t>(std::max(1, b.list_depth));
    lex_body(text, p, store);
    // A data table's first column lists the items.
    if (!b.list_item && b.column == 0 && !b.header_cell && p.marker.empty()) p.marker = Marker("-");
    if (b.list_item && p.marker.empty() && p.numbering().text.empty()) p.marker = Marker("-");
    Emphasis e = block_emphasis(b);
    if (e != Emphasis::plain) p.emphasis = e;
    return p;
}

} // namespace

ParagraphDocument read_html_page(std::string_view text) {
    ParagraphDocument doc;
    HtmlText parsed = html_blocks(text, true);
    doc.markup_errors = parsed.errors;
    doc.first_markup_error_line = parsed.first_error_line;
    if (parsed.too_deep_line > 0) doc.refusal = html_too_deep_message(parsed.too_deep_line);
    int number = 1;
    for (const HtmlBlock& b : parsed.blocks) {
        number = std::max(number, b.line);
        std::string_view stored = doc.storage.keep(b.text);
        doc.paragraphs.push_back(paragraph_of(b, stored, number, doc.storage));
    }
    return doc;
}

} // namespace perr
