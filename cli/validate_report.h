// perr validate's reports: text (FILE:LINE:COL, editors and CI logs), JSON
// (versioned, for programs) and GitHub workflow commands. A file that
// could not be read appears in every format.
#pragma once

#include <string>
#include <vector>

#include "schema/findings.h"

namespace perr {

struct FileReport {
    std::string path;
    std::vector<Finding> findings;
    std::string io_error; // not empty: the file could not be read or checked
    int documents = 0;
    bool refused = false; // io_error is a refusal (over --max-bytes): invalid, not "could not run"
};

bool fails(const FileReport& r, bool strict);

// `tty`: standard output is a terminal; a text report then ends with a
// one-line summary ("ok: 5 files").
void print_report(const std::vector<FileReport>& reports, const std::string& format, bool strict,
                  bool tty);

} // namespace perr
