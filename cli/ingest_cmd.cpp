#include "cli/ingest_cmd.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli/exit_codes.h"
#include "cli/output.h"
#include "parsers/ingest.h"
#include "schema/emit.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

struct Plan {
    OutputFormat format;
    std::optional<Layout> layout;
    bool to_stdout;
    bool to_directory;
};

void report(const std::string& path, const Diagnostic& d) {
    std::cerr << path;
    if (d.line > 0) std::cerr << ':' << d.line;
    std::cerr << ": warning: " << d.message << '\n';
}

void report_error(const std::string& path, const std::string& message) {
    std::cerr << path << ": error: " << message << '\n';
}

fs::path output_path(const IngestCommandOptions& o, const Plan& plan, const std::string& input) {
    if (!plan.to_directory) return o.output;
    fs::path name = input == "-" ? fs::path("stdin") : fs::path(input).filename();
    name.replace_extension(plan.format == OutputFormat::yaml ? ".yaml" : ".json");
    return fs::path(o.output) / name;
}

// One input: read, ingest, write. Returns the exit code for this input.
ExitCode ingest_one(const Ingester& ingester, const IngestCommandOptions& o, const Plan& plan,
                    const std::string& input) {
    std::string bytes;
    if (auto err = read_input(input, bytes)) {
        report_error(input, err->message);
        return ExitCode::failure;
    }
    auto outcome = ingester.ingest(bytes, IngestOptions{input, plan.layout});
    if (auto* err = std::get_if<IngestError>(&outcome)) {
        report_error(input, err->message);
        return ExitCode::rejected;
    }
    const IngestResult& result = std::get<IngestResult>(outcome);
    if (!o.quiet)
        for (const Diagnostic& d : result.warnings) report(input, d);
    std::string text = render_document(result.document, plan.format);
    if (plan.to_stdout) {
        std::cout << text << std::flush;
        return std::cout ? ExitCode::ok : ExitCode::failure;
    }
    fs::path out = output_path(o, plan, input);
    if (auto err = write_atomically(out, text)) {
        report_error(out.string(), err->message);
        return ExitCode::failure;
    }
    return ExitCode::ok;
}

std::optional<std::string> check_outputs(const IngestCommandOptions& o, const Plan& plan) {
    if (plan.to_stdout) {
        if (o.inputs.size() > 1) return "several inputs need -o DIR (one output per input)";
        return std::nullopt;
    }
    std::map<fs::path, std::string> writers;
    for (const std::string& input : o.inputs) {
        fs::path out = output_path(o, plan, input);
        if (input != "-" && same_file(out, input))
            return "output " + out.string() + " would overwrite its input";
        auto [it, fresh] = writers.emplace(out, input);
        if (!fresh)
            return "inputs " + it->second + " and " + input + " would both write " + out.string();
    }
    return std::nullopt;
}

ExitCode worst(ExitCode a, ExitCode b) {
    return to_int(a) >= to_int(b) ? a : b;
}

} // namespace

int run_ingest(const IngestCommandOptions& o) {
    Plan plan{o.format == "json" ? OutputFormat::json : OutputFormat::yaml,
              o.layout == "auto" ? std::nullopt : layout_from_name(o.layout),
              o.output.empty() || o.output == "-", false};
    std::error_code ec;
    plan.to_directory = !plan.to_stdout && (o.inputs.size() > 1 || fs::is_directory(o.output, ec));
    if (plan.to_directory && !fs::is_directory(o.output, ec)) {
        report_error(o.output, "not a directory (several inputs need -o DIR)");
        return to_int(ExitCode::failure);
    }
    if (auto problem = check_outputs(o, plan)) {
        std::cerr << "perr ingest: error: " << *problem << '\n';
        return to_int(ExitCode::failure);
    }
    Ingester ingester;
    ExitCode code = ExitCode::ok;
    for (const std::string& input : o.inputs)
        code = worst(code, ingest_one(ingester, o, plan, input));
    return to_int(code);
}

void setup_ingest(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<IngestCommandOptions>();
    CLI::App* cmd =
        app.add_subcommand("ingest", "Read protocol documents into the normalized tree");
    cmd->footer(std::string("Examples:\n"
                            "  perr ingest samples/003_86930dd02f22fd9b.txt\n"
                            "  perr ingest --format json protocol.txt -o protocol.json\n"
                            "  perr ingest samples/*.txt -o out/\n"
                            "  cat page.txt | perr ingest --layout web -\n\n") +
                kExitCodesHelp);
    cmd->add_option("files", opts->inputs, "Input files ('-' for standard input)")->required();
    cmd->add_option("-o,--output", opts->output,
                    "Output file, or directory (one output per input); default: standard output");
    cmd->add_option("-f,--format", opts->format, "Output format")
        ->check(CLI::IsMember({"yaml", "json"}))
        ->default_str("yaml");
    cmd->add_option("--layout", opts->layout, "Input layout (default: detected)")
        ->check(CLI::IsMember({"auto", "text", "web", "markdown", "html-table", "html"}))
        ->default_str("auto");
    cmd->add_flag("-q,--quiet", opts->quiet, "Do not print warnings");
    cmd->callback([opts, exit_code] { *exit_code = run_ingest(*opts); });
}

} // namespace perr
