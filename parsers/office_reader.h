// The readers of files that arrive as bytes, never decoded as text: PDF
// (poppler), Word .docx and OpenDocument .odt (libzip + libxml2). Each emits
// the same Paragraphs with signals as the text and HTML readers, taken from
// what the file knows for sure: heading styles and font sizes, list levels,
// bold runs, page geometry.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "parsers/detect.h"
#include "parsers/readers.h"
#include "parsers/zip_archive.h"

namespace poppler {
class document;
}

namespace perr {

struct OfficeLimits {
    ZipLimits zip;
    int max_pages = 2000;          // a PDF with more pages is refused
    double seconds_per_page = 2.0; // time budget of a PDF: this per page, ...
    double seconds_minimum = 30.0; // ... and never less than this in all
};

// The paragraphs, or the reason the file cannot be read (a message for the user).
using OfficeRead = std::variant<ParagraphDocument, std::string>;

OfficeRead read_pdf(std::string_view bytes, const OfficeLimits& limits);
OfficeRead read_docx(std::string_view bytes, const OfficeLimits& limits);
OfficeRead read_odt(std::string_view bytes, const OfficeLimits& limits);

// The XML members alone (the zip already opened): word/document.xml with
// word/styles.xml and word/numbering.xml ("" when absent); content.xml
// with styles.xml.
OfficeRead read_docx_xml(std::string_view document_xml, std::string_view styles_xml,
                         std::string_view numbering_xml);
OfficeRead read_odt_xml(std::string_view content_xml, std::string_view styles_xml);

// `layout` is pdf, docx or odt.
OfficeRead read_office(Layout layout, std::string_view bytes, const OfficeLimits& limits = {});

// The layout of a PDF (starts "%PDF-"), a zip holding word/document.xml, or
// an OpenDocument text (its "mimetype" member); nullopt for anything else.
std::optional<Layout> detect_office_layout(std::string_view bytes);

// Made once, before threads start (as init_html_parsing), and kept while
// PDFs are read: silences poppler's error printing (the library never
// prints) and holds one tiny document open. poppler builds its global tables
// (GlobalParams: encodings, font substitutes, a scan of its data
// directories) when a document opens while none is, and frees them when the
// last one closes: without the anchor, once per PDF read (four times the
// reading of a one-page PDF).
class PdfReading {
  public:
    PdfReading();
    ~PdfReading();
    PdfReading(const PdfReading&) = delete;
    PdfReading& operator=(const PdfReading&) = delete;

  private:
    std::unique_ptr<poppler::document> anchor_;
};

} // namespace perr
