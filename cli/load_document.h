// Documents for diff and stats: perr exports (YAML, JSON, JSON Lines, YAML
// streams) read back, any other file ingested. Read under the same limits
// as every input (regular file, --max-bytes, nesting, aliases).
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

struct DocumentError {
    std::string message;
    Position position; // line 0: the whole file
};

// Holds the ingester (its compiled vocabulary) for every raw file loaded.
class DocumentLoader {
  public:
    explicit DocumentLoader(std::uint64_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

    // Every document `path` holds (an export stream may hold several).
    std::optional<std::vector<Document>> load_all(const std::string& path,
                                                  DocumentError& error) const;

    // Exactly one document; a stream of several is an error.
    std::optional<Document> load_one(const std::string& path, DocumentError& error) const;

    // load_all on text already read; `label` names it in an ingested
    // document's source.path.
    std::optional<std::vector<Document>> load_text(const std::string& label, std::string_view text,
                                                   DocumentError& error) const;

  private:
    std::uint64_t max_bytes_;
    Ingester ingester_;
};

// "PATH[:LINE:COL]: error: MESSAGE\n"
std::string document_error_line(const std::string& path, const DocumentError& error);

} // namespace perr
