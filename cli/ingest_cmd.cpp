#include "cli/ingest_cmd.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli/exit_codes.h"
#include "cli/formats.h"
#include "cli/ingest_batch.h"
#include "cli/interrupt_guard.h"
#include "cli/messages.h"
#include "cli/options.h"
#include "cli/output.h"
#include "cli/temp_files.h"
#include "cli/textconv.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

// "auto" and every layout perr reads (one list: parsers/detect.cpp).
std::vector<std::string> layout_choices() {
    std::vector<std::string> choices{"auto"};
    for (std::string_view name : layout_names()) choices.emplace_back(name);
    return choices;
}

// Usage errors, named "perr ingest".
Result<void> check_outputs(const IngestCommandOptions& o, const Plan& plan,
                           const std::vector<InputFile>& inputs) {
    auto usage = [](std::string why) {
        return Error(ErrorKind::invalid, std::move(why), "perr ingest");
    };
    if (plan.to_stdout || plan.stream) {
        if (inputs.size() > 1 && !plan.stream)
            return usage("several inputs need -o DIR (one output per input), or --format "
                         "jsonl|csv (one stream)");
        for (const InputFile& input : inputs)
            if (!plan.to_stdout && input.path != "-" && same_file(o.output, input.path))
                return usage("output " + printable(o.output) + " would overwrite its input");
        return {};
    }
    std::map<fs::path, std::string> writers;
    for (const InputFile& input : inputs) {
        fs::path out = output_path(o, plan, input);
        if (input.path != "-" && same_file(out, input.path))
            return usage("output " + printable(out.string()) + " would overwrite its input");
        auto [it, fresh] = writers.emplace(out, input.path);
        if (!fresh)
            return usage("inputs " + printable(it->second) + " and " + printable(input.path) +
                         " would both write " + printable(out.string()));
    }
    return {};
}

// -o DIR: an existing directory, a name ending in '/', or what several
// inputs (or a directory input) need. A missing one is created.
Result<void> prepare_plan(const IngestCommandOptions& o, const ExpandedInputs& in, Plan& plan) {
    std::error_code ec;
    bool is_dir = fs::is_directory(o.output, ec);
    bool streamable = plan.format == Export::jsonl || plan.format == Export::csv;
    plan.stream = streamable && !is_dir;
    plan.to_directory =
        !plan.to_stdout && !plan.stream &&
        (in.files.size() > 1 || in.any_directory || is_dir || o.output.back() == '/');
    if (!plan.to_directory || is_dir) return {};
    if (fs::exists(o.output, ec))
        return Error(ErrorKind::invalid, "not a directory (several inputs need -o DIR)", o.output);
    fs::create_directories(o.output, ec);
    if (ec)
        return Error(ErrorKind::unwritable, "cannot create directory: " + ec.message(), o.output);
    return {};
}

// --format, else the format -o's extension names (as pandoc does), else
// YAML. A --format that contradicts -o's extension is refused.
Result<void> resolve_format(IngestCommandOptions& o) {
    std::error_code ec;
    bool to_file = !o.output.empty() && o.output != "-" && !fs::is_directory(o.output, ec);
    std::string named = to_file ? format_from_extension(o.output) : std::string();
    if (o.format.empty()) o.format = !named.empty() ? named : o.csv_excel ? "csv" : "yaml";
    if (o.csv_excel && o.format != "csv")
        return Error(ErrorKind::invalid,
                     "--csv-excel writes CSV, not " + o.format + " (drop --format, or --csv-excel)",
                     "perr ingest");
    if (!named.empty() && named != o.format)
        return Error(ErrorKind::invalid,
                     "--format " + o.format + " contradicts the output file " +
                         printable(o.output) + " (" + named +
                         "): drop --format or change the extension",
                     "perr ingest");
    return {};
}

} // namespace

int run_ingest(IngestCommandOptions o) {
    if (o.textconv) {
        if (o.inputs.size() != 1 || !o.output.empty() || !o.format.empty() || o.csv_excel) {
            std::cerr << error_line("perr ingest",
                                    "--textconv takes one file and no -o, --format or --csv-excel "
                                    "(it writes the markdown outline, or the file as it is)");
            return to_int(ExitCode::failure);
        }
        return run_textconv(o.inputs.front(),
                            o.layout == "auto" ? std::nullopt : layout_from_name(o.layout),
                            o.max_bytes);
    }
    if (auto resolved = resolve_format(o); !resolved) {
        std::cerr << error_line(resolved.error());
        return to_int(ExitCode::failure);
    }
    ExpandedInputs expanded = expand_inputs(o.inputs);
    if (expanded.files.empty()) {
        for (const Error& e : expanded.errors) std::cerr << error_line(e);
        return to_int(ExitCode::failure);
    }
    Plan plan;
    plan.format = export_from_name(o.format);
    plan.layout = o.layout == "auto" ? std::nullopt : layout_from_name(o.layout);
    plan.to_stdout = o.output.empty() || o.output == "-";
    plan.csv = o.csv_excel ? CsvDialect::excel : CsvDialect::rfc4180;
    if (auto prepared = prepare_plan(o, expanded, plan); !prepared) {
        std::cerr << error_line(prepared.error());
        return to_int(ExitCode::failure);
    }
    if (auto checked = check_outputs(o, plan, expanded.files); !checked) {
        std::cerr << error_line(checked.error());
        return to_int(ExitCode::failure);
    }
    TempFiles temps;
    InterruptGuard guard(temps); // before any worker thread: they inherit its signal mask
    return to_int(run_batch(o, plan, std::move(expanded.files), expanded.errors, temps));
}

void setup_ingest(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<IngestCommandOptions>();
    CLI::App* cmd =
        app.add_subcommand("ingest", "Read protocol documents into the normalized tree");
    cmd->footer(
        std::string("Examples:\n"
                    "  perr ingest samples/003_86930dd02f22fd9b.txt\n"
                    "  perr ingest protocol.txt -o protocol.json   # format from the extension\n"
                    "  perr ingest corpus/ -o out/ -j 8\n"
                    "  cat page.txt | perr ingest --layout web -\n\n") +
        exit_codes_sentence("ingest"));
    cmd->add_option("inputs", opts->inputs, "Input files or directories ('-' for standard input)")
        ->required();
    cmd->add_option("-o,--output", opts->output,
                    "Output file, or directory (one output per input); default: standard output");
    cmd->add_option("-f,--format", opts->format,
                    "Output format (default: the one -o FILE's extension names, else yaml)")
        ->transform(format_choice({"yaml", "json", "jsonl", "csv", "markdown"}))
        ->default_str("yaml");
    cmd->add_flag("--csv-excel", opts->csv_excel,
                  "CSV for Excel and LibreOffice: UTF-8 BOM, ';' separator, formula cells "
                  "neutralised, number kept as text (implies --format csv)");
    cmd->add_option("--layout", opts->layout, "Input layout (default: detected)")
        ->check(CLI::IsMember(layout_choices()))
        ->default_str("auto");
    add_max_bytes_option(*cmd, opts->max_bytes);
    add_jobs_option(*cmd, opts->jobs, "Files ingested in parallel (default: the number of cores)");
    cmd->add_flag("--textconv", opts->textconv,
                  "For git's textconv: the markdown outline, or the file as it is when perr "
                  "refuses it (never fails on a readable file)");
    cmd->add_flag("--allow-empty", opts->allow_empty,
                  "Write a document even when no programme structure is found (a warning)");
    cmd->add_flag("-q,--quiet", opts->quiet, "Do not print warnings, progress or the summary");
    cmd->add_flag("-v,--verbose", opts->verbose,
                  "Print one line per input ingested (layout, encoding, nodes)");
    cmd->callback([opts, exit_code] { *exit_code = run_ingest(*opts); });
}

} // namespace perr
