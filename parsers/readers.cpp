#include "parsers/readers.h"

#include "parsers/page_furniture.h"
#include "parsers/reassemble.h"

namespace perr {

Paragraph& ParagraphDocument::add(std::string_view text, int number) {
    paragraphs.push_back(lex_line(storage.keep(text), number, storage));
    return paragraphs.back();
}

ParagraphDocument read_text(std::string_view text, const Vocabulary& vocab) {
    ParagraphDocument doc;
    std::vector<Paragraph> lines = lex_lines(text, doc.storage);
    doc.furniture_lines = remove_page_furniture(lines);
    doc.paragraphs = reassemble(std::move(lines), doc.storage,
                                [&vocab](const Paragraph& p) { return vocab.opens_block(p.text); });
    return doc;
}

namespace {

ParagraphDocument read_by_layout(Layout layout, std::string_view text, const Vocabulary& vocab) {
    switch (layout) {
    case Layout::html_table:
        return read_html_table(text);
    case Layout::html:
        return read_html_page(text);
    default:
        return read_text(text, vocab);
    }
}

} // namespace

Result<ParagraphDocument> read_layout(Layout layout, std::string_view text,
                                      const Vocabulary& vocab) {
    ParagraphDocument read = read_by_layout(layout, text, vocab);
    if (!read.refusal.empty()) return Error(ErrorKind::too_deep, std::move(read.refusal));
    return read;
}

} // namespace perr
