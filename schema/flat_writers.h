// Writers for the analyst's tools: CSV (one row per node, RFC 4180) and a
// readable markdown outline. JSON Lines is the compact JSON writer.
#pragma once

#include <string>

#include "schema/model.h"

namespace perr {

// Plain RFC 4180 CSV, or CSV as French spreadsheets (Excel, LibreOffice
// Calc) open it without an import dialog: a UTF-8 BOM, ';' between fields,
// cells that would run as formulas (= + - @ TAB CR first) prefixed with
// "'" (OWASP's guard), and numbers that would be read as dates or decimals
// ("2.3", "1.10") written ="2.3", so `number` stays text.
enum class CsvDialect { rfc4180, excel };

// The CSV header line (with CRLF, as RFC 4180 has it); with the BOM for excel.
std::string csv_header(CsvDialect dialect = CsvDialect::rfc4180);
// One row per node (texte included), in document order, no header.
std::string render_csv_rows(const Document& doc, CsvDialect dialect = CsvDialect::rfc4180);
// The tree as nested markdown lists under the document's metadata.
std::string render_markdown_outline(const Document& doc);
// The document as one line of JSON (JSON Lines).
std::string render_json_line(const Document& doc);

} // namespace perr
