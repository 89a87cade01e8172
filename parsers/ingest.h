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
#include "parsers/readers.h"
#include "parsers/vocabulary.h"
#include "schema/model.h"
#include "utilities/result.h"

namespace perr {

// What an ingest warns of: the document was read, something in it is worth
// a look. (What stops a document is an Error, not a Diagnostic.)
enum class WarningKind {
    bytes_replaced,  // invalid UTF-8 sequences replaced by U+FFFD
    legacy_lines,    // lines of a UTF-8 file read in a legacy charset
    markup_repaired, // HTML errors libxml2 repaired
    garbled_lines,   // lines in a broken font encoding, left out
    no_structure,    // --allow-empty: no programme found
    claim_differs,   // an announced count the tree does not have
};

struct Diagnostic {
    WarningKind kind;
    int line = 0; // 0 when the whole document is concerned
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
    // metadata_ holds a reference to vocab_: neither copied nor moved.
    Ingester(const Ingester&) = delete;
    Ingester& operator=(const Ingester&) = delete;
    // Errors (ErrorKind): empty, binary, garbled, too_deep (nesting past
    // perr's own guard), no_structure, unreadable (a PDF, Word or OpenDocument
    // file that cannot be read: encrypted, damaged, no text layer, over a limit).
    Result<IngestResult> ingest(std::string_view bytes, const IngestOptions& options) const;
    // The same, freeing `bytes` as soon as they are decoded or read: the
    // input's memory is not held while the tree is built.
    Result<IngestResult> ingest_owned(std::string bytes, const IngestOptions& options) const;

  private:
    // `owner`, when given, holds `bytes` and is emptied once they are read.
    Result<IngestResult> ingest_bytes(std::string_view bytes, const IngestOptions& options,
                                      std::string* owner) const;
    // PDF, Word, OpenDocument: read from the bytes, never decoded as text.
    Result<IngestResult> ingest_office(std::string_view bytes, Layout layout,
                                       const IngestOptions& options, std::string* owner) const;
    // The stages every layout shares, from the reader's paragraphs on.
    // `text` is the document's text, which the paragraphs' raw views point
    // into: it is emptied once the outline no longer reads them. (Not moved
    // in: a short string's move copies it, and the views would dangle.)
    Result<IngestResult> structure(IngestResult result, ParagraphDocument read, Layout layout,
                                   std::string& text, const IngestOptions& options) const;
    Vocabulary vocab_;
    MetadataReader metadata_;
};

// Warnings for each claimed count that the tree does not have, at the
// line of the claim when `claim_lines` gives it.
std::vector<Diagnostic> check_claims(const Document& doc,
                                     const std::map<std::string, int>& claim_lines = {});

} // namespace perr
