#include "cli/diff_cmd.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/diff_dirs.h"
#include "cli/diff_run.h"
#include "cli/exit_codes.h"
#include "cli/messages.h"
#include "cli/options.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

ExitCode worse(ExitCode a, ExitCode b) {
    return to_int(a) >= to_int(b) ? a : b;
}

std::string label_or(const DiffCommandOptions& o, std::size_t k, const std::string& path) {
    return k < o.labels.size() ? o.labels[k] : path;
}

void say_only_in(const DiffCommandOptions& o, const std::string& dir,
                 const std::vector<std::string>& names, std::ostream& out) {
    for (const std::string& name : names)
        if (o.format == "json" && !o.brief)
            out << (name == names.front() ? "" : ", ") << nlohmann::json(name).dump();
        else
            out << "Only in " << dir << ": " << name << (o.format == "markdown" ? "\n\n" : "\n");
}

// DIR1 DIR2: the files paired by name, each pair diffed; files on one side
// only are named (as diff -r does).
ExitCode diff_folders(const DiffCommandOptions& o, DiffSession& session, std::ostream& out) {
    auto pairs = pair_files(o.old_path, o.new_path);
    if (!pairs) {
        std::cerr << error_line(pairs.error());
        return ExitCode::failure;
    }
    std::string old_dir = label_or(o, 0, o.old_path), new_dir = label_or(o, 1, o.new_path);
    bool json = o.format == "json" && !o.brief;
    if (json) out << "{\"perr_diff_folders\": " << kDiffJsonVersion << ", \"pairs\": [\n";
    ExitCode rc = ExitCode::ok;
    for (const std::string& name : pairs->both) {
        if (session.reports_written() > 0 && !o.brief)
            session.set_report_prefix(json ? ",\n" : "\n");
        DiffLabels labels{(fs::path(old_dir) / name).string(), (fs::path(new_dir) / name).string()};
        rc = worse(rc, session.diff_files((fs::path(o.old_path) / name).string(),
                                          (fs::path(o.new_path) / name).string(), labels, true));
    }
    if (json) out << "],\n\"only_old\": [";
    say_only_in(o, old_dir, pairs->only_old, out);
    if (json) out << "],\n\"only_new\": [";
    say_only_in(o, new_dir, pairs->only_new, out);
    if (json) out << "]}\n";
    if (!pairs->only_old.empty() || !pairs->only_new.empty()) rc = worse(rc, ExitCode::changed);
    return rc;
}

// DIR FILE or FILE DIR: the file of the same name in the folder (as diff does).
std::string in_folder(const std::string& path, const std::string& other) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) return path;
    return (fs::path(path) / fs::path(other).filename()).string();
}

} // namespace

int run_diff(const DiffCommandOptions& o) {
    if (o.labels.size() > 2) {
        std::cerr << perr::error_line("perr diff",
                                      "--label is given once for each version, at most twice");
        return to_int(ExitCode::failure);
    }
    std::error_code ec;
    ExitCode rc;
    DiffSession session(o, std::cout, std::cerr);
    if (fs::is_directory(o.old_path, ec) && fs::is_directory(o.new_path, ec)) {
        rc = diff_folders(o, session, std::cout);
    } else {
        std::string old_path = in_folder(o.old_path, o.new_path);
        std::string new_path = in_folder(o.new_path, o.old_path);
        DiffLabels labels{label_or(o, 0, old_path), label_or(o, 1, new_path)};
        rc = session.diff_files(old_path, new_path, labels);
    }
    std::cout.flush();
    return to_int(std::cout ? rc : ExitCode::failure); // main names a failed write
}

void setup_diff(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<DiffCommandOptions>();
    CLI::App* cmd = app.add_subcommand("diff", "What changed between two versions of a protocol");
    cmd->footer(
        "Each side is a raw document (ingested on the fly), a perr YAML/JSON export, or - for "
        "standard input. Two folders: their files are paired by name.\n"
        "Examples:\n"
        "  perr diff protocole-2019.txt protocole-2022.txt\n"
        "  perr diff --format json old.yaml new.yaml > changes.json\n"
        "  perr diff --format markdown --ignore-numbering draft.txt signed.txt\n"
        "  perr diff -q exports-2019/ exports-2022/\n"
        "  curl -s URL | perr diff --label \"saved\" --label \"online\" saved.txt -\n\n" +
        exit_codes_sentence("diff"));
    cmd->add_option("old", opts->old_path, "The earlier version (file, folder or -)")->required();
    cmd->add_option("new", opts->new_path, "The later version (file, folder or -)")->required();
    cmd->add_option("-f,--format", opts->format, "Report format")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->default_str("text");
    cmd->add_option("--color", opts->color,
                    "Colour the text report (auto: on a terminal, unless NO_COLOR is set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    cmd->add_flag("-q,--brief", opts->brief, "Only say whether the versions differ");
    cmd->add_option("-L,--label", opts->labels,
                    "Name shown for a version instead of its path (once for the old, once more "
                    "for the new), e.g. for standard input or git difftool's temporary files")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
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
