// What `perr diff` does with one pair of versions, cut where the fuzz
// target enters: diff_files reads both files; diff_texts loads each text (a
// perr export read back, or the raw document ingested), diffs them and
// writes the report.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "cli/diff_cmd.h"
#include "cli/exit_codes.h"
#include "cli/load_document.h"
#include "diff/diff_report.h"

namespace perr {

struct DiffSide {
    std::string_view text;
    std::string path;  // recorded in an ingested document
    std::string label; // shown in the report and in messages
};

class DiffSession {
  public:
    DiffSession(const DiffCommandOptions& options, std::ostream& out, std::ostream& err)
        : options_(options), out_(out), err_(err), loader_(options.max_bytes) {}

    // In a folder, equal pairs say nothing (but in JSON), as diff -r.
    ExitCode diff_texts(const DiffSide& old_side, const DiffSide& new_side, bool in_folder = false);
    ExitCode diff_files(const std::string& old_path, const std::string& new_path,
                        const DiffLabels& labels, bool in_folder = false);

    // Written before the next report only (between the reports of a folder).
    void set_report_prefix(std::string prefix) { report_prefix_ = std::move(prefix); }
    int reports_written() const { return reports_written_; }

  private:
    Result<Document> load(const DiffSide& side);
    void report(const DiffResult& result, const DiffLabels& labels);

    const DiffCommandOptions& options_;
    std::ostream& out_;
    std::ostream& err_;
    DocumentLoader loader_; // its ingester made for the first raw document, then reused
    std::string report_prefix_;
    int reports_written_ = 0;
};

} // namespace perr
