// Real HTML documents (saved from a browser, exported by a word processor):
// headings, nested lists, tables and paragraphs become virtual lines with
// the heading marks, indentation and bullets a markdown export would have,
// so the same classification and nesting rules read them.
#include "parsers/html_fragment.h"
#include "parsers/readers.h"

namespace perr {
namespace {

std::string virtual_line(const HtmlBlock& b) {
    std::string line;
    if (b.heading > 0) {
        line.append(static_cast<std::size_t>(b.heading), '#');
        line += ' ';
    } else if (b.list_item) {
        line.append(2 * static_cast<std::size_t>(std::max(0, b.list_depth - 1)), ' ');
        line += "- ";
    } else if (b.column == 0 && !b.header_cell) {
        line += "- "; // a data table's first column lists the items
    }
    line += b.text;
    return line;
}

} // namespace

LineDocument read_html_page(std::string_view text) {
    LineDocument doc;
    HtmlText parsed = html_blocks(text, true);
    doc.markup_errors = parsed.errors;
    doc.first_markup_error_line = parsed.first_error_line;
    int number = 1;
    for (const HtmlBlock& b : parsed.blocks) {
        number = std::max(number, b.line);
        Line& line = doc.add(virtual_line(b), number);
        // The other columns of a data table describe the item of their row.
        if (b.column > 0 || mostly_covered(b.italic, b.text, 0, b.text.size()))
            line.emphasis = Emphasis::italic;
        else if (mostly_covered(b.bold, b.text, 0, b.text.size()))
            line.emphasis = Emphasis::bold;
    }
    return doc;
}

} // namespace perr
