// perr diff on arbitrary bytes, entering where the subcommand does once the
// two files are read (DiffSession::diff_texts): each side loaded as a perr
// JSON/YAML export or ingested, the trees matched, the report written.
// Input: one byte of options (format, brief, ignore-case/accents/numbering),
// then the old version, "\n====\n", the new version (without the
// separator, the two halves of the rest).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "cli/diff_run.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static perr::DiffCommandOptions options;
    static std::ostringstream out, err;
    static perr::DiffSession session(options, out, err); // its ingester is made once
    if (size == 0) return 0;
    unsigned flags = data[0];
    options.format = flags % 3 == 0 ? "text" : flags % 3 == 1 ? "json" : "markdown";
    options.color = (flags & 0x80) != 0 ? "always" : "never";
    options.brief = (flags & 0x04) != 0;
    options.ignore_case = (flags & 0x08) != 0;
    options.ignore_accents = (flags & 0x10) != 0;
    options.ignore_numbering = (flags & 0x20) != 0;
    options.threshold = (flags & 0x40) != 0 ? 0.0 : 0.5;
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::size_t cut = rest.find("\n====\n");
    std::string_view old_text =
        cut == std::string_view::npos ? rest.substr(0, rest.size() / 2) : rest.substr(0, cut);
    std::string_view new_text =
        cut == std::string_view::npos ? rest.substr(rest.size() / 2) : rest.substr(cut + 6);
    out.str({});
    err.str({});
    (void)session.diff_texts({old_text, "old", "old"}, {new_text, "new", "new"});
    return 0;
}
