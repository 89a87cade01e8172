// The ingest pipeline: decode -> detect layout -> read blocks -> assign
// levels -> metadata -> checks. Pure: bytes in, Document (or an error) out;
// warnings are returned as records, never printed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "parsers/detect.h"
#include "parsers/metadata.h"
#include "parsers/office_reader.h"
#include "parsers/readers.h"
#include "parsers/vocabulary.h"
#include "schema/model.h"

namespace perr {

struct Diagnostic {
    int line = 0; // 0 when the whole document is concerned
    std::string message;
};

// too_deep: nesting past perr's own guard; unreadable: a PDF, Word or
// OpenDocument file that cannot be read (encrypted, damaged, no text layer,
// over a limit).
enum class IngestErrorKind { empty, binary, garbled, too_deep, no_structure, unreadable };

struct IngestError {
    IngestErrorKind kind;
    std::string message;
};

struct IngestOptions {
    std::string path = "-";       // recorded in source.path
    std::optional<Layout> layout; // nullopt: detect
    bool allow_empty = false;     // no programme found: a warning, not an error
};

struct IngestResult {
    Document document;
    std::vector<Diagnostic> warnings;
    int furniture_lines = 0; // page numbers, running headers and footers removed
};

// Holds the compiled vocabulary; one per process, shared read-only (it is
// safe to call ingest from several threads at once).
class Ingester {
  public:
    Ingester();
    std::variant<IngestResult, IngestError> ingest(std::string_view bytes,
                                                   const IngestOptions& options) const;

  private:
    // PDF, Word, OpenDocument: read from the bytes, never decoded as text.
    std::variant<IngestResult, IngestError> ingest_office(std::string_view bytes, Layout layout,
                                                          const IngestOptions& options) const;
    // The stages every layout shares, from the reader's paragraphs on;
    // `text` is the document's text (for the domain-vocabulary check).
    std::variant<IngestResult, IngestError> structure(IngestResult result, ParagraphDocument read,
                                                      Layout layout, std::string_view text,
                                                      const IngestOptions& options) const;
    PdfReading pdf_reading_; // before any reader: poppler's tables built once
    Vocabulary vocab_;
    MetadataReader metadata_;
};

// Warnings for each claimed count that the tree does not have, at the
// line of the claim when `claim_lines` gives it.
std::vector<Diagnostic> check_claims(const Document& doc,
                                     const std::map<std::string, int>& claim_lines = {});

} // namespace perr
