#include "cli/diff_cmd.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/exit_codes.h"
#include "cli/load_document.h"
#include "cli/options.h"
#include "diff/diff_report.h"
#include "diff/tree_diff.h"

namespace perr {
namespace {

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (no_color == nullptr || *no_color == '\0') && ::isatty(STDOUT_FILENO) != 0;
}

} // namespace

int run_diff(const DiffCommandOptions& o) {
    DocumentError error;
    DocumentLoader loader(o.max_bytes);
    auto old_doc = loader.load_one(o.old_path, error);
    if (!old_doc) {
        std::cerr << document_error_line(o.old_path, error);
        return to_int(ExitCode::failure);
    }
    auto new_doc = loader.load_one(o.new_path, error);
    if (!new_doc) {
        std::cerr << document_error_line(o.new_path, error);
        return to_int(ExitCode::failure);
    }
    DiffOptions options{o.ignore_case, o.ignore_accents, o.ignore_numbering, o.threshold};
    DiffResult result = diff_documents(*old_doc, *new_doc, options);
    DiffLabels labels{o.old_path, o.new_path};
    if (o.format == "json")
        std::cout << render_diff_json(result, labels);
    else if (o.format == "markdown")
        std::cout << render_diff_markdown(result, labels);
    else
        std::cout << render_diff_text(result, labels, use_color(o.color));
    std::cout.flush();
    if (!std::cout) return to_int(ExitCode::failure);
    return to_int(result.changes.empty() ? ExitCode::ok : ExitCode::rejected);
}

void setup_diff(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<DiffCommandOptions>();
    CLI::App* cmd = app.add_subcommand("diff", "What changed between two versions of a protocol");
    cmd->footer("Each side is a raw document (ingested on the fly) or a perr YAML/JSON export.\n"
                "Examples:\n"
                "  perr diff protocole-2019.txt protocole-2022.txt\n"
                "  perr diff --format json old.yaml new.yaml > changes.json\n"
                "  perr diff --format markdown --ignore-numbering draft.txt signed.txt\n\n"
                "Exit codes: 0 no changes; 1 changes; 2 trouble (unreadable input, not a protocol, "
                "usage).");
    cmd->add_option("old", opts->old_path, "The earlier version")->required();
    cmd->add_option("new", opts->new_path, "The later version")->required();
    cmd->add_option("-f,--format", opts->format, "Report format")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->default_str("text");
    cmd->add_option("--color", opts->color,
                    "Colour the text report (auto: on a terminal, unless NO_COLOR is set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    cmd->add_flag("--ignore-case", opts->ignore_case, "A change of case alone is not a rewording");
    cmd->add_flag("--ignore-accents", opts->ignore_accents,
                  "A change of accents alone is not a rewording");
    cmd->add_flag("--ignore-numbering", opts->ignore_numbering,
                  "Do not compare numbers (1., A) ...)");
    cmd->add_option("--threshold", opts->threshold,
                    "Least word similarity to pair a reworded item (0..1)")
        ->check(CLI::Range(0.0, 1.0))
        ->default_str("0.5");
    add_max_bytes_option(*cmd, opts->max_bytes);
    cmd->callback([opts, exit_code] { *exit_code = run_diff(*opts); });
}

} // namespace perr
