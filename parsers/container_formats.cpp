#include "parsers/container_formats.h"

namespace perr {
namespace {

// A zip's first entry names what it holds: ODF puts "mimetype" first,
// Office Open XML "[Content_Types].xml" (then "word/", "xl/" ...).
std::string zip_kind(std::string_view bytes) {
    std::string_view head = bytes.substr(0, 4096);
    if (head.find("application/vnd.oasis.opendocument.text") != std::string_view::npos)
        return "an OpenDocument text (.odt)";
    if (head.find("word/") != std::string_view::npos) return "a Word (.docx) document";
    if (head.find("[Content_Types].xml") != std::string_view::npos)
        return "an Office Open XML (.docx/.xlsx/.pptx) file";
    return "";
}

std::string quoted(std::string_view path) {
    if (path.empty() || path == "-") return "FILE";
    return path.find_first_of(" '\"$`\\") == std::string_view::npos ? std::string(path)
                                                                    : "'" + std::string(path) + "'";
}

} // namespace

Result<void> check_not_container(std::string_view bytes, std::string_view path) {
    auto refused = [](std::string why) { return Error(ErrorKind::binary, std::move(why)); };
    const std::string file = quoted(path);
    if (bytes.starts_with("%PDF-"))
        return refused("a PDF document: perr reads text, so convert it first, e.g. `pdftotext "
                       "-layout " +
                       file +
                       " out.txt` (Debian package poppler-utils), then `perr ingest out.txt`");
    if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return refused("a Word 97-2003 (.doc) document: perr reads text, so convert it first, "
                       "e.g. `libreoffice --headless --convert-to html " +
                       file + "`, then `perr ingest` the .html file");
    if (!bytes.starts_with("PK\x03\x04")) return {};
    std::string kind = zip_kind(bytes);
    if (kind.empty())
        return refused("a zip archive: unpack it (`unzip " + file +
                       "`) and give perr the documents inside");
    return refused(kind + ": perr reads text, so convert it first, e.g. `pandoc " + file +
                   " -t markdown -o out.md` or `libreoffice --headless --convert-to html " + file +
                   "`, then `perr ingest` the result");
}

} // namespace perr
