#include "parsers/readers.h"

namespace perr {

Line& LineDocument::add(std::string text, int number) {
    storage.push_back(std::move(text));
    lines.push_back(lex_line(storage.back(), number));
    return lines.back();
}

Line& LineDocument::add_boundary(Boundary b, int number, std::string text) {
    Line line;
    line.number = number;
    line.blank = false;
    line.boundary = b;
    line.text = std::move(text);
    lines.push_back(std::move(line));
    return lines.back();
}

LineDocument read_text_lines(std::string_view text) {
    LineDocument doc;
    doc.lines = lex_lines(text);
    return doc;
}

LineDocument read_layout(Layout layout, std::string_view text) {
    switch (layout) {
    case Layout::html_table:
        return read_html_table(text);
    case Layout::html:
        return read_html_page(text);
    default:
        return read_text_lines(text);
    }
}

} // namespace perr
