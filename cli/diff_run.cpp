#include "cli/diff_run.h"

#include <unistd.h>

#include <cstdlib>

#include "cli/messages.h"
#include "cli/output.h"

namespace perr {
namespace {

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM"); // a dumb terminal shows escapes as text
    bool dumb = term != nullptr && std::string_view(term) == "dumb";
    return (no_color == nullptr || *no_color == '\0') && !dumb && ::isatty(STDOUT_FILENO) != 0;
}

void warn_if_unrelated(const DiffResult& r, const DiffLabels& labels, std::ostream& err) {
    if (!r.unrelated()) return;
    err << "perr diff: warning: " << printable(labels.old_path) << " and "
        << printable(labels.new_path) << " share almost nothing (" << r.matched << " of "
        << r.old_nodes << " and " << r.new_nodes
        << " nodes paired): are they versions of the same protocol?\n";
}

} // namespace

Result<Document> DiffSession::load(const DiffSide& side) {
    auto doc = loader_.load_one_text(side.path, side.text);
    if (!doc) err_ << document_error_line(side.label, doc.error());
    return doc;
}

void DiffSession::report(const DiffResult& result, const DiffLabels& labels) {
    const DiffCommandOptions& o = options_;
    if (o.brief && result.changes.empty()) return;
    out_ << report_prefix_;
    report_prefix_.clear();
    ++reports_written_;
    if (o.brief) {
        out_ << "Files " << labels.old_path << " and " << labels.new_path << " differ\n";
    } else if (o.format == "json") {
        write_diff_json(result, labels, out_);
    } else if (o.format == "markdown") {
        write_diff_markdown(result, labels, out_);
    } else {
        write_diff_text(result, labels, use_color(o.color), out_);
    }
}

ExitCode DiffSession::diff_texts(const DiffSide& old_side, const DiffSide& new_side,
                                 bool in_folder) {
    auto old_doc = load(old_side);
    if (!old_doc) return ExitCode::failure;
    auto new_doc = load(new_side);
    if (!new_doc) return ExitCode::failure;
    const DiffCommandOptions& o = options_;
    DiffOptions options{o.ignore_case, o.ignore_accents, o.ignore_numbering, o.threshold};
    DiffResult result = diff_documents(*old_doc, *new_doc, options);
    DiffLabels labels{old_side.label, new_side.label};
    warn_if_unrelated(result, labels, err_);
    bool json = o.format == "json" && !o.brief;
    if (!in_folder || !result.changes.empty() || json) report(result, labels);
    return result.changes.empty() ? ExitCode::ok : ExitCode::changed;
}

ExitCode DiffSession::diff_files(const std::string& old_path, const std::string& new_path,
                                 const DiffLabels& labels, bool in_folder) {
    const DiffCommandOptions& o = options_;
    std::string old_text, new_text;
    for (auto [path, label, text] : {std::tuple{&old_path, &labels.old_path, &old_text},
                                     std::tuple{&new_path, &labels.new_path, &new_text}})
        if (auto read = read_input(*path, *text, o.max_bytes); !read) {
            const Error* err = &read.error();
            err_ << error_line(*label, err->message);
            return ExitCode::failure;
        }
    return diff_texts({old_text, old_path, labels.old_path}, {new_text, new_path, labels.new_path},
                      in_folder);
}

} // namespace perr
