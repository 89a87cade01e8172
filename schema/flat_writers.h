// Writers for the analyst's tools: CSV (one row per node, RFC 4180) and a
// readable markdown outline. JSON Lines is the compact JSON writer.
#pragma once

#include <string>

#include "schema/model.h"

namespace perr {

// The CSV header line (with CRLF, as RFC 4180 has it).
std::string csv_header();
// One row per node (texte included), in document order, no header.
std::string render_csv_rows(const Document& doc);
// The tree as nested markdown lists under the document's metadata.
std::string render_markdown_outline(const Document& doc);
// The document as one line of JSON (JSON Lines).
std::string render_json_line(const Document& doc);

} // namespace perr
