#include "parsers/office_paragraph.h"

#include <algorithm>

#include "parsers/line_lexer.h"
#include "utilities/text.h"

namespace perr {
namespace {

std::string roman(int n, bool upper) {
    static constexpr std::pair<int, const char*> kDigits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [value, digits] : kDigits)
        for (; n >= value && out.size() < 32; n -= value) out += digits;
    if (upper)
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string letters(int n, bool upper) {
    // a..z, then aa, bb (Word's and LibreOffice's way)
    std::size_t repeat = std::min<std::size_t>(8, static_cast<std::size_t>((n - 1) / 26 + 1));
    return std::string(repeat, static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
}

} // namespace

void StyledText::append(std::string_view s, bool is_bold, bool is_italic) {
    text += s;
    std::size_t n = 0;
    for (char c : s) n += is_ascii_space(c) ? 0u : 1u;
    chars += n;
    if (is_bold) bold += n;
    if (is_italic) italic += n;
}

std::string format_list_number(int value, std::string_view format) {
    if (value < 1) value = 1;
    if (format == "lowerLetter" || format == "a") return letters(value, false);
    if (format == "upperLetter" || format == "A") return letters(value, true);
    if (format == "lowerRoman" || format == "i") return roman(value, false);
    if (format == "upperRoman" || format == "I") return roman(value, true);
    if (format == "none" || format.empty()) return {};
    return std::to_string(value); // decimal, decimalZero, ordinal... as digits
}

void add_office_paragraph(ParagraphDocument& doc, const OfficeParagraph& op) {
    std::string body = collapse_spaces(trim(op.body.text));
    if (body.empty()) return;
    std::string joined(trim(op.label));
    if (!joined.empty()) joined += ' ';
    joined += body;
    std::string_view raw = doc.storage.keep(joined);
    Paragraph p;
    p.number = op.number;
    p.raw = raw;
    p.heading_level = static_cast<std::int8_t>(op.heading_level);
    p.list_level = static_cast<std::int16_t>(op.list_level);
    lex_body(raw, p, doc.storage);
    if (p.list_level > 0 && p.marker.empty() && p.numbering().text.empty()) p.marker = Marker("-");
    if (op.body.chars > 0 && op.body.bold * 10 >= op.body.chars * 9)
        p.emphasis = Emphasis::bold;
    else if (op.body.chars > 0 && op.body.italic * 10 >= op.body.chars * 9)
        p.emphasis = Emphasis::italic;
    if (!p.blank) doc.paragraphs.push_back(std::move(p));
}

} // namespace perr
