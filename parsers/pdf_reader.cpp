// PDF through poppler's core text API (TextOutputDev, the pass pdftotext
// makes): each page's words with their boxes and fonts, in poppler's reading
// order, grouped into lines (pdf_page), then furniture, paragraphs, headings
// and lists by geometry (pdf_layout). poppler's C++ wrapper gives the same
// words but copies every glyph's font name first, which cost 40% of a PDF's
// ingest (BENCHMARKS.md). Refused: an encrypted file that needs a password,
// a damaged one, one without a text layer (a scan), more pages than the
// limit, and one that takes longer than its time budget.
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>

#include <chrono>
#include <memory>

#include "parsers/office_reader.h"
#include "parsers/pdf_layout.h"

namespace perr {
namespace {

void ignore_poppler_message(ErrorCategory, Goffset, const char*) {}

PdfWord pdf_word(const TextWord& word) {
    PdfWord w;
    std::unique_ptr<GooString> text(word.getText()); // UTF-8, poppler's default text encoding
    w.text = text->toStr();
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    word.getBBox(&x_min, &y_min, &x_max, &y_max);
    w.x0 = x_min;
    w.x1 = x_max;
    w.top = y_min;
    w.bottom = y_max;
    w.size = word.getFontSize();
    const TextFontInfo* font = word.getLength() > 0 ? word.getFontInfo(0) : nullptr;
    const GooString* name = font ? font->getFontName() : nullptr;
    std::string font_name = name ? name->toStr() : std::string();
    w.bold = font_is_bold(font_name);
    w.italic = font_is_italic(font_name);
    w.family = font_family(font_name);
    w.space_after = word.getSpaceAfter();
    return w;
}

PdfPage read_page(PDFDoc& pdf, int number) {
    PdfPage out;
    out.width = pdf.getPageCropWidth(number);
    out.height = pdf.getPageCropHeight(number);
    TextOutputDev text(nullptr, false, 0, false, false);
    pdf.displayPageSlice(&text, number, 72, 72, 0, false, false, false, -1, -1, -1, -1);
    std::vector<PdfWord> words;
    if (std::unique_ptr<TextWordList> list = text.makeWordList()) {
        words.reserve(static_cast<std::size_t>(list->getLength()));
        for (int i = 0; i < list->getLength(); ++i) words.push_back(pdf_word(*list->get(i)));
    }
    out.lines = group_lines(words);
    return out;
}

std::size_t text_chars(const std::vector<PdfPage>& pages) {
    std::size_t n = 0;
    for (const PdfPage& p : pages)
        for (const PdfLine& l : p.lines) n += l.chars;
    return n;
}

Result<std::vector<PdfPage>> read_pages(PDFDoc& pdf, int count, const OfficeLimits& limits) {
    const auto start = std::chrono::steady_clock::now();
    const double budget = std::max(limits.seconds_minimum, limits.seconds_per_page * count);
    std::vector<PdfPage> pages;
    for (int i = 1; i <= count; ++i) {
        if (!pdf.getPage(i))
            return unreadable("damaged PDF: page " + std::to_string(i) + " cannot be read");
        pages.push_back(read_page(pdf, i));
        std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
        if (spent.count() > budget)
            return unreadable("PDF too slow to read (over " +
                              std::to_string(static_cast<int>(budget)) + " s at page " +
                              std::to_string(i) + " of " + std::to_string(count) + ")");
    }
    return pages;
}

} // namespace

// poppler's settings live in one process-wide object that must exist before
// any document is opened (and before worker threads start); its messages are
// silenced because the library never prints.
void init_pdf_reading() {
    static const GlobalParamsIniter poppler_settings(ignore_poppler_message);
}

OfficeRead read_pdf(std::string_view bytes, const OfficeLimits& limits) {
    // The stream reads the caller's bytes in place; PDFDoc owns the stream.
    auto* stream =
        new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
    PDFDoc pdf(stream);
    if (!pdf.isOk() && pdf.getErrorCode() == errEncrypted)
        return unreadable("encrypted PDF: it needs a password to be opened (perr does not take "
                          "passwords; decrypt it first, e.g. `qpdf --decrypt`)");
    if (!pdf.isOk()) return unreadable("damaged PDF: poppler cannot read its structure");
    int count = pdf.getNumPages();
    if (count > limits.max_pages)
        return unreadable("PDF with too many pages (" + std::to_string(count) + "; the limit is " +
                          std::to_string(limits.max_pages) + ")");
    if (count <= 0) return unreadable("damaged PDF: it has no pages");
    auto read = read_pages(pdf, count, limits);
    if (!read) return read.error();
    std::vector<PdfPage>& pages = read.value();
    // A scan has images and no text (or a stray line per page).
    if (text_chars(pages) < 10 * static_cast<std::size_t>(count))
        return unreadable("no text layer (a scanned document?): run OCR first, e.g. "
                          "`ocrmypdf FILE.pdf out.pdf` (Debian package ocrmypdf)");
    number_lines(pages);
    int furniture = remove_pdf_furniture(pages);
    ParagraphDocument doc = pdf_paragraphs(pages);
    doc.furniture_lines = furniture;
    return doc;
}

} // namespace perr
