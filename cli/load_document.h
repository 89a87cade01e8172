// Documents for diff and stats: perr exports (YAML, JSON, JSON Lines, YAML
// streams) read back, any other file ingested. Read under the same limits
// as every input (regular file, --max-bytes, nesting, aliases). A single
// perr JSON export takes a fast path (read_perr_json: no JSON tree); any
// other JSON takes the checked reader, which names what is wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/output.h"
#include "parsers/ingest.h"
#include "schema/model.h"
#include "schema/position.h"

namespace perr {

// Holds the ingester (its compiled vocabulary), made for the first raw
// file loaded and kept for the next ones. One thread at a time.
class DocumentLoader {
  public:
    explicit DocumentLoader(std::uint64_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

    // Every document `path` holds (an export stream may hold several).
    Result<std::vector<Document>> load_all(const std::string& path);

    // load_all on text already read; `label` names it in an ingested
    // document's source.path.
    Result<std::vector<Document>> load_text(const std::string& label, std::string_view text);

    // Exactly one document in `text`; a stream of several is an error.
    Result<Document> load_one_text(const std::string& label, std::string_view text);

  private:
    const Ingester& ingester();
    Result<std::vector<Document>> load(const std::string& label, std::string_view text);

    std::uint64_t max_bytes_;
    std::optional<Ingester> ingester_;
};

// "PATH[:LINE:COL]: error: MESSAGE\n"
std::string document_error_line(const std::string& path, Error error);

} // namespace perr
