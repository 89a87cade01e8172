#include "cli/ingest_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/formats.h"
#include "cli/output.h"
#include "cli/textconv.h"
#include "parsers/ingest.h"
#include "schema/emit.h"
#include "schema/flat_writers.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

enum class Export { yaml, json, jsonl, csv, md };

struct Plan {
    Export format;
    std::optional<Layout> layout;
    bool to_stdout;
    bool to_directory;
    bool stream; // jsonl and csv: every input into one output, in input order
    CsvDialect csv = CsvDialect::rfc4180;
};

Export export_from_name(const std::string& name) {
    if (name == "json") return Export::json;
    if (name == "jsonl") return Export::jsonl;
    if (name == "csv") return Export::csv;
    if (name == "markdown") return Export::md;
    return Export::yaml;
}

const char* extension(Export f) {
    switch (f) {
    case Export::json:
        return ".json";
    case Export::jsonl:
        return ".jsonl";
    case Export::csv:
        return ".csv";
    case Export::md:
        return ".md";
    default:
        return ".yaml";
    }
}

// "auto" and every layout perr reads (one list: parsers/detect.cpp).
std::vector<std::string> layout_choices() {
    std::vector<std::string> choices{"auto"};
    for (std::string_view name : layout_names()) choices.emplace_back(name);
    return choices;
}

std::string render(const Document& doc, Export f, CsvDialect dialect) {
    switch (f) {
    case Export::json:
        return render_document(doc, OutputFormat::json);
    case Export::jsonl:
        return render_json_line(doc);
    case Export::csv:
        return render_csv_rows(doc, dialect);
    case Export::md:
        return render_markdown_outline(doc);
    default:
        return render_document(doc, OutputFormat::yaml);
    }
}

// What one input came to; printed in input order once it is done.
struct Outcome {
    ExitCode code = ExitCode::ok;
    std::string messages; // warnings and errors, ready for stderr
    std::uint64_t bytes = 0;
    std::string text; // streamed formats and standard output: written by the batch, in order
};

std::string warning_line(const std::string& path, const Diagnostic& d) {
    std::string s = path;
    if (d.line > 0) s += ':' + std::to_string(d.line);
    return s + ": warning: " + d.message + '\n';
}

std::string error_line(const std::string& path, const std::string& message) {
    return path + ": error: " + message + '\n';
}

fs::path output_path(const IngestCommandOptions& o, const Plan& plan, const std::string& input) {
    if (!plan.to_directory) return o.output;
    fs::path name = input == "-" ? fs::path("stdin") : fs::path(input).filename();
    name.replace_extension(extension(plan.format));
    return fs::path(o.output) / name;
}

// Directories stand for the regular files below them, in name order.
std::variant<std::vector<std::string>, std::string>
expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& e : fs::recursive_directory_iterator(
                 input, fs::directory_options::skip_permission_denied, ec))
            if (e.is_regular_file(ec)) found.push_back(e.path().string());
        if (found.empty()) return error_line(input, "is a directory with no files in it");
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

// One input: read, ingest, write.
Outcome ingest_one(const Ingester& ingester, const IngestCommandOptions& o, const Plan& plan,
                   const std::string& input) {
    Outcome out;
    std::string bytes;
    if (auto err = read_input(input, bytes, o.max_bytes)) {
        out.messages = error_line(input, err->message);
        out.code = err->too_large ? ExitCode::rejected : ExitCode::failure;
        return out;
    }
    out.bytes = bytes.size();
    auto outcome = ingester.ingest(bytes, IngestOptions{input, plan.layout, o.allow_empty});
    if (auto* err = std::get_if<IngestError>(&outcome)) {
        out.messages = error_line(input, err->message);
        out.code = ExitCode::rejected;
        return out;
    }
    const IngestResult& result = std::get<IngestResult>(outcome);
    if (!o.quiet)
        for (const Diagnostic& d : result.warnings) out.messages += warning_line(input, d);
    if (o.verbose) {
        auto counts = count_kinds(result.document);
        int nodes = 0;
        for (std::size_t k = 0; k < counts.size(); ++k)
            if (k != static_cast<std::size_t>(Kind::texte)) nodes += counts[k];
        out.messages += input + ": ok (" + result.document.source.layout + ", " +
                        result.document.source.encoding + ", " + std::to_string(nodes) +
                        " nodes, " + std::to_string(result.furniture_lines) +
                        " lines of page furniture removed)\n";
    }
    std::string text = render(result.document, plan.format, plan.csv);
    if (plan.to_stdout || plan.stream) {
        out.text = std::move(text);
        return out;
    }
    fs::path path = output_path(o, plan, input);
    if (auto err = write_atomically(path, text)) {
        out.messages += error_line(path.string(), err->message);
        out.code = ExitCode::failure;
    }
    return out;
}

std::optional<std::string> check_outputs(const IngestCommandOptions& o, const Plan& plan,
                                         const std::vector<std::string>& inputs) {
    if (plan.to_stdout || plan.stream) {
        if (inputs.size() > 1 && !plan.stream)
            return "several inputs need -o DIR (one output per input), or --format jsonl|csv (one "
                   "stream)";
        for (const std::string& input : inputs)
            if (!plan.to_stdout && input != "-" && same_file(o.output, input))
                return "output " + o.output + " would overwrite its input";
        return std::nullopt;
    }
    std::map<fs::path, std::string> writers;
    for (const std::string& input : inputs) {
        fs::path out = output_path(o, plan, input);
        if (input != "-" && same_file(out, input))
            return "output " + out.string() + " would overwrite its input";
        auto [it, fresh] = writers.emplace(out, input);
        if (!fresh)
            return "inputs " + it->second + " and " + input + " would both write " + out.string();
    }
    return std::nullopt;
}

// TERM=dumb: a terminal that shows escape sequences as text (no progress line).
bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::string_view(term) == "dumb";
}

ExitCode worst(ExitCode a, ExitCode b) {
    return to_int(a) >= to_int(b) ? a : b;
}

// Runs the inputs on a pool of threads; prints each input's messages in
// input order, a progress line on a terminal, and a summary.
class Batch {
  public:
    Batch(const IngestCommandOptions& o, const Plan& plan, std::vector<std::string> inputs)
        : o_(o), plan_(plan), inputs_(std::move(inputs)), outcomes_(inputs_.size()),
          done_(inputs_.size(), false),
          progress_(!o.quiet && inputs_.size() > 1 && ::isatty(STDERR_FILENO) != 0 &&
                    !dumb_terminal()) {}

    ExitCode run() {
        start_ = std::chrono::steady_clock::now();
        unsigned jobs = o_.jobs > 0 ? static_cast<unsigned>(o_.jobs)
                                    : std::max(1u, std::thread::hardware_concurrency());
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < std::min<std::size_t>(jobs, inputs_.size()); ++t)
            pool.emplace_back([this] { work(); });
        work();
        for (std::thread& t : pool) t.join();
        ExitCode code = ExitCode::ok;
        for (const Outcome& out : outcomes_) code = worst(code, out.code);
        if (plan_.to_stdout || plan_.stream) code = worst(code, write_collected());
        if (!o_.quiet && inputs_.size() > 1) summary();
        return code;
    }

  private:
    // Standard output, or one stream file for jsonl/csv, in input order.
    ExitCode write_collected() {
        std::string all = plan_.format == Export::csv ? csv_header(plan_.csv) : std::string();
        for (const Outcome& out : outcomes_) all += out.text;
        if (plan_.to_stdout) {
            std::cout << all << std::flush;
            return std::cout ? ExitCode::ok : ExitCode::failure;
        }
        if (auto err = write_atomically(o_.output, all)) {
            std::cerr << error_line(o_.output, err->message);
            return ExitCode::failure;
        }
        return ExitCode::ok;
    }

    void work() {
        for (std::size_t i = next_++; i < inputs_.size(); i = next_++) {
            Outcome out = ingest_one(ingester_, o_, plan_, inputs_[i]);
            std::lock_guard lock(mutex_);
            bytes_ += out.bytes;
            outcomes_[i] = std::move(out);
            done_[i] = true;
            ++finished_;
            flush_in_order();
            if (progress_) show_progress();
        }
    }

    void flush_in_order() {
        while (printed_ < inputs_.size() && done_[printed_]) {
            if (!outcomes_[printed_].messages.empty()) {
                if (progress_) std::cerr << "\r\033[K";
                std::cerr << outcomes_[printed_].messages;
            }
            ++printed_;
        }
    }

    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

    void show_progress() const {
        double s = seconds(), mb = static_cast<double>(bytes_) / 1e6;
        double eta = finished_ > 0 ? s / static_cast<double>(finished_) *
                                         static_cast<double>(inputs_.size() - finished_)
                                   : 0;
        char line[128];
        std::snprintf(line, sizeof line, "\r\033[K[%zu/%zu] %.1f MB/s, ETA %.0f s", finished_,
                      inputs_.size(), s > 0 ? mb / s : 0.0, eta);
        std::cerr << line << (finished_ == inputs_.size() ? "\r\033[K" : "") << std::flush;
    }

    void summary() const {
        int written = 0, rejected = 0, failed = 0;
        for (const Outcome& out : outcomes_)
            (out.code == ExitCode::ok         ? written
             : out.code == ExitCode::rejected ? rejected
                                              : failed)++;
        char line[200];
        double s = seconds(), mb = static_cast<double>(bytes_) / 1e6;
        std::snprintf(line, sizeof line,
                      "perr ingest: %zu files, %.1f MB in %.2f s (%.1f MB/s): %d written, %d "
                      "rejected, %d failed\n",
                      inputs_.size(), mb, s, s > 0 ? mb / s : 0.0, written, rejected, failed);
        std::cerr << line;
    }

    const IngestCommandOptions& o_;
    const Plan& plan_;
    const std::vector<std::string> inputs_;
    Ingester ingester_;
    std::vector<Outcome> outcomes_;
    std::vector<bool> done_;
    bool progress_;
    std::atomic<std::size_t> next_{0};
    std::mutex mutex_;
    std::size_t printed_ = 0, finished_ = 0;
    std::uint64_t bytes_ = 0;
    std::chrono::steady_clock::time_point start_;
};

// --format, else the format -o's extension names (as pandoc does), else
// YAML. A --format that contradicts -o's extension is refused.
std::optional<std::string> resolve_format(IngestCommandOptions& o) {
    std::error_code ec;
    bool to_file = !o.output.empty() && o.output != "-" && !fs::is_directory(o.output, ec);
    std::string named = to_file ? format_from_extension(o.output) : std::string();
    if (o.format.empty()) o.format = !named.empty() ? named : o.csv_excel ? "csv" : "yaml";
    if (o.csv_excel && o.format != "csv")
        return "--csv-excel writes CSV, not " + o.format + " (drop --format, or --csv-excel)";
    if (!named.empty() && named != o.format)
        return "--format " + o.format + " contradicts the output file " + o.output + " (" + named +
               "): drop --format or change the extension";
    return std::nullopt;
}

} // namespace

int run_ingest(IngestCommandOptions o) {
    if (o.textconv) {
        if (o.inputs.size() != 1 || !o.output.empty() || !o.format.empty() || o.csv_excel) {
            std::cerr << "perr ingest: error: --textconv takes one file and no -o, --format or "
                         "--csv-excel (it writes the markdown outline, or the file as it is)\n";
            return to_int(ExitCode::failure);
        }
        return run_textconv(o.inputs.front(),
                            o.layout == "auto" ? std::nullopt : layout_from_name(o.layout));
    }
    if (auto problem = resolve_format(o)) {
        std::cerr << "perr ingest: error: " << *problem << '\n';
        return to_int(ExitCode::failure);
    }
    auto expanded = expand_inputs(o.inputs);
    if (auto* err = std::get_if<std::string>(&expanded)) {
        std::cerr << *err;
        return to_int(ExitCode::failure);
    }
    std::vector<std::string> inputs = std::get<std::vector<std::string>>(std::move(expanded));
    Plan plan{export_from_name(o.format),
              o.layout == "auto" ? std::nullopt : layout_from_name(o.layout),
              o.output.empty() || o.output == "-",
              false,
              false,
              o.csv_excel ? CsvDialect::excel : CsvDialect::rfc4180};
    std::error_code ec;
    bool streamable = plan.format == Export::jsonl || plan.format == Export::csv;
    plan.stream = streamable && !fs::is_directory(o.output, ec);
    plan.to_directory =
        !plan.to_stdout && !plan.stream && (inputs.size() > 1 || fs::is_directory(o.output, ec));
    if (plan.to_directory && !fs::is_directory(o.output, ec)) {
        std::cerr << error_line(o.output, "not a directory (several inputs need -o DIR)");
        return to_int(ExitCode::failure);
    }
    if (auto problem = check_outputs(o, plan, inputs)) {
        std::cerr << "perr ingest: error: " << *problem << '\n';
        return to_int(ExitCode::failure);
    }
    return to_int(Batch(o, plan, std::move(inputs)).run());
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
        kExitCodesHelp);
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
    cmd->add_option("--max-bytes", opts->max_bytes,
                    "Refuse inputs larger than this (default 64 MiB)");
    cmd->add_option("-j,--jobs", opts->jobs,
                    "Files ingested in parallel (default: the number of cores)");
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
