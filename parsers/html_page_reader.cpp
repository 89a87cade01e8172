// Real HTML documents (saved from a browser, exported by a word processor):
// headings, nested lists, tables and paragraphs become virtual lines with
// the indentation and markers a markdown export would have.
#include "parsers/html_fragment.h"
#include "parsers/readers.h"

namespace perr {

LineDocument read_html_page(std::string_view text) {
    LineDocument doc;
    HtmlText parsed = html_blocks(text, true);
    doc.markup_errors = parsed.errors;
    int number = 0;
    for (const HtmlBlock& b : parsed.blocks) {
        ++number;
        std::string line;
        if (b.heading > 0) line.append(static_cast<std::size_t>(b.heading), '#').append(" ");
        if (b.list_item) line.append(static_cast<std::size_t>(2 * std::max(0, b.list_depth - 1)), ' ').append("- ");
        line += b.text;
        doc.add(std::move(line), number);
    }
    return doc;
}

} // namespace perr
