#include "parsers/office_reader.h"

namespace perr {
namespace {

// A zip libzip will not open (damaged, or over a limit) is still named by
// the members its first bytes list, so its reader can say what is wrong.
std::optional<Layout> sniff_zip(std::string_view bytes) {
    std::string_view head = bytes.substr(0, 4096);
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos)
        return Layout::odt;
    if (head.find("word/") != std::string_view::npos) return Layout::docx;
    return std::nullopt;
}

} // namespace

std::optional<Layout> detect_office_layout(std::string_view bytes) {
    if (bytes.starts_with("%PDF-")) return Layout::pdf;
    if (!bytes.starts_with("PK\x03\x04")) return std::nullopt;
    auto opened = ZipArchive::open(bytes, ZipLimits{});
    if (opened) {
        if (opened->has("word/document.xml")) return Layout::docx;
        // ODF: the "mimetype" member names the kind (text, spreadsheet, ...).
        auto mimetype = opened->read("mimetype");
        if (mimetype && mimetype.value() &&
            mimetype.value()->starts_with("application/vnd.oasis.opendocument.text"))
            return Layout::odt;
        return std::nullopt;
    }
    return sniff_zip(bytes);
}

OfficeRead read_office(Layout layout, std::string_view bytes, const OfficeLimits& limits) {
    switch (layout) {
    case Layout::pdf:
        return read_pdf(bytes, limits);
    case Layout::docx:
        return read_docx(bytes, limits);
    default:
        return read_odt(bytes, limits);
    }
}

} // namespace perr
