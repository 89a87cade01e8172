// perr diff on arbitrary bytes: the input is split at "\n=8<=\n" into the
// two sides (no marker: both sides are the input), each loaded as diff
// loads a file (export read back, or raw document ingested), then aligned
// and reported in the three formats.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/load_document.h"
#include "diff/diff_report.h"
#include "diff/tree_diff.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t cut = input.find("\n=8<=\n");
    std::string_view old_text = input.substr(0, cut);
    std::string_view new_text = cut == std::string_view::npos ? input : input.substr(cut + 6);
    static const perr::DocumentLoader loader; // as diff's: one ingester for both sides
    perr::DocumentError error;
    auto old_docs = loader.load_text("old", old_text, error);
    auto new_docs = loader.load_text("new", new_text, error);
    if (!old_docs || !new_docs || old_docs->size() != 1 || new_docs->size() != 1) return 0;
    perr::DiffResult result =
        perr::diff_documents(old_docs->front(), new_docs->front(), perr::DiffOptions{});
    perr::DiffLabels labels{"old", "new"};
    (void)perr::render_diff_text(result, labels, true);
    (void)perr::render_diff_json(result, labels);
    (void)perr::render_diff_markdown(result, labels);
    return 0;
}
