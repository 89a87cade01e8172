#include "cli/validate_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <new>

#include "cli/exit_codes.h"
#include "cli/input_files.h"
#include "cli/messages.h"
#include "cli/options.h"
#include "cli/output.h"
#include "cli/validate_report.h"
#include "cli/worker_pool.h"
#include "schema/check_text.h"
#include "schema/schema_text.h"
#include "schema/validator.h"

namespace perr {
namespace {

FileReport check_file(const std::string& path, const SchemaValidator& schema,
                      std::uint64_t max_bytes) {
    FileReport r{path, {}, {}, 0, false};
    std::string text;
    if (auto read = read_input(path, text, max_bytes); !read) {
        const Error* err = &read.error();
        r.io_error = err->message;
        r.refused = err->kind == ErrorKind::too_large;
        return r;
    }
    try {
        CheckedText checked = check_text(text, schema);
        r.findings = std::move(checked.findings);
        r.documents = checked.documents;
    } catch (const std::bad_alloc&) {
        r.io_error = "out of memory while checking this file";
    }
    return r;
}

Result<std::unique_ptr<SchemaValidator>> load_schema(const std::string& path,
                                                     std::uint64_t max_bytes) {
    if (path.empty()) return SchemaValidator::create(schema_text());
    std::string text;
    auto read = read_input(path, text, max_bytes);
    auto schema = read ? SchemaValidator::create(text)
                       : Result<std::unique_ptr<SchemaValidator>>(read.error());
    if (!schema) schema.error().file = path;
    return schema;
}

} // namespace

int run_validate(const ValidateCommandOptions& o) {
    auto loaded = load_schema(o.schema_path, o.max_bytes);
    if (!loaded) {
        const Error& e = loaded.error();
        std::cerr << error_line("perr validate", printable(e.file) + ": " + e.message);
        return to_int(ExitCode::failure);
    }
    std::unique_ptr<SchemaValidator> schema = std::move(loaded).value();
    ExpandedInputs expanded =
        expand_inputs(o.inputs, is_export_name, "YAML, JSON or JSON Lines files");
    for (const Error& e : expanded.errors) std::cerr << error_line(e);
    std::vector<FileReport> reports(expanded.files.size());
    // Files are independent: checked in parallel, reported in the given order.
    std::atomic<std::size_t> next{0};
    run_on_threads(thread_count(o.jobs, reports.size()), [&] {
        for (std::size_t i = next++; i < reports.size(); i = next++)
            reports[i] = check_file(expanded.files[i].path, *schema, o.max_bytes);
    });
    for (const FileReport& r : reports)
        if (!r.io_error.empty()) std::cerr << error_line(r.path, r.io_error);
    print_report(reports, o.format, o.strict, ::isatty(STDOUT_FILENO) != 0);
    bool could_not_run = !expanded.errors.empty() ||
                         std::any_of(reports.begin(), reports.end(), [](const FileReport& r) {
                             return !r.io_error.empty() && !r.refused;
                         });
    if (could_not_run) return to_int(ExitCode::failure);
    bool any_invalid = std::any_of(reports.begin(), reports.end(),
                                   [&](const FileReport& r) { return fails(r, o.strict); });
    return to_int(any_invalid ? ExitCode::invalid : ExitCode::ok);
}

void setup_validate(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<ValidateCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "validate",
        "Check exported protocol trees (YAML, JSON or JSON Lines) against the schema and the "
        "domain's rules");
    cmd->footer(
        "Examples:\n"
        "  perr validate out/\n"
        "  perr validate --format github protocols/*.json\n"
        "  perr ingest doc.txt | perr validate -\n\n"
        "A directory stands for the .yaml, .yml, .json and .jsonl files below it.\n"
        "Findings: FILE:LINE:COL: error|warning: MESSAGE [RULE]; rules are listed in README.md.\n" +
        exit_codes_sentence("validate"));
    cmd->add_option("files", opts->inputs, "Files or directories to check ('-' for standard input)")
        ->required();
    cmd->add_option("--schema", opts->schema_path,
                    "JSON Schema to use instead of the built-in one");
    cmd->add_option("-f,--format", opts->format, "Report format")
        ->check(CLI::IsMember({"text", "json", "github"}))
        ->default_str("text");
    add_jobs_option(*cmd, opts->jobs, "Files checked in parallel (default: the number of cores)");
    add_max_bytes_option(*cmd, opts->max_bytes);
    cmd->add_flag("--strict", opts->strict,
                  "Warnings (duplicate titles, claim mismatches) fail too");
    cmd->callback([opts, exit_code] { *exit_code = run_validate(*opts); });
}

} // namespace perr
