// PDF through poppler's C++ API: each page's words with their boxes and
// fonts (page::text_list with text_list_include_font, in poppler's reading
// order), grouped into lines (pdf_page), then furniture, paragraphs,
// headings and lists by geometry (pdf_layout). Refused: an encrypted file
// that needs a password, a damaged one, one without a text layer (a scan),
// more pages than the limit, and one that takes longer than its time budget.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <chrono>
#include <climits>
#include <memory>

#include "parsers/office_reader.h"
#include "parsers/pdf_layout.h"

namespace perr {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
    poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

PdfPage read_page(const poppler::page& page) {
    PdfPage out;
    poppler::rectf box = page.page_rect();
    out.width = box.width();
    out.height = box.height();
    std::vector<PdfWord> words;
    for (const poppler::text_box& t : page.text_list(poppler::page::text_list_include_font)) {
        PdfWord w;
        w.text = utf8(t.text());
        poppler::rectf b = t.bbox();
        w.x0 = b.left();
        w.x1 = b.right();
        w.top = b.top();
        w.bottom = b.bottom();
        w.size = t.get_font_size();
        std::string font = t.has_font_info() ? t.get_font_name() : std::string();
        w.bold = font_is_bold(font);
        w.italic = font_is_italic(font);
        w.family = font_family(font);
        w.space_after = t.has_space_after();
        words.push_back(std::move(w));
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

} // namespace

// The smallest document poppler opens (no pages; its cross-reference table
// rebuilt by poppler): only there to keep poppler's global tables built.
constexpr std::string_view kAnchorPdf = "%PDF-1.4\n"
                                        "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                        "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                                        "trailer<</Root 1 0 R>>\n%%EOF\n";

PdfReading::PdfReading() {
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    anchor_.reset(poppler::document::load_from_raw_data(kAnchorPdf.data(),
                                                        static_cast<int>(kAnchorPdf.size())));
}

PdfReading::~PdfReading() = default;

OfficeRead read_pdf(std::string_view bytes, const OfficeLimits& limits) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return std::string("PDF too large");
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf) return std::string("damaged PDF: poppler cannot read its structure");
    if (pdf->is_locked())
        return std::string("encrypted PDF: it needs a password to be opened (perr does not take "
                           "passwords; decrypt it first, e.g. `qpdf --decrypt`)");
    int count = pdf->pages();
    if (count > limits.max_pages)
        return "PDF with too many pages (" + std::to_string(count) + "; the limit is " +
               std::to_string(limits.max_pages) + ")";
    if (count <= 0) return std::string("damaged PDF: it has no pages");
    const auto start = std::chrono::steady_clock::now();
    const double budget = std::max(limits.seconds_minimum, limits.seconds_per_page * count);
    std::vector<PdfPage> pages;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page) return "damaged PDF: page " + std::to_string(i + 1) + " cannot be read";
        pages.push_back(read_page(*page));
        std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
        if (spent.count() > budget)
            return "PDF too slow to read (over " + std::to_string(static_cast<int>(budget)) +
                   " s at page " + std::to_string(i + 1) + " of " + std::to_string(count) + ")";
    }
    // A scan has images and no text (or a stray line per page).
    if (text_chars(pages) < 10 * static_cast<std::size_t>(count))
        return std::string("no text layer (a scanned document?): run OCR first, e.g. "
                           "`ocrmypdf FILE.pdf out.pdf` (Debian package ocrmypdf)");
    number_lines(pages);
    int furniture = remove_pdf_furniture(pages);
    ParagraphDocument doc = pdf_paragraphs(pages);
    doc.furniture_lines = furniture;
    return doc;
}

} // namespace perr
