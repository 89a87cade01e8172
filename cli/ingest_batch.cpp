#include "cli/ingest_batch.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <mutex>
#include <new>

#include "cli/messages.h"
#include "cli/output.h"
#include "cli/temp_files.h"
#include "cli/worker_pool.h"
#include "parsers/ingest.h"
#include "schema/emit.h"
#include "schema/flat_writers.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

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

enum class Status { written, rejected, failed };

// What one input came to; printed in input order once it is done.
struct Outcome {
    Status status = Status::written;
    std::string messages; // warnings and errors, ready for stderr
    std::uint64_t bytes = 0;
    std::string text; // streamed formats and standard output: written by the batch, in order
};

ExitCode exit_code_of(Status s) {
    return s == Status::written    ? ExitCode::ok
           : s == Status::rejected ? ExitCode::refused
                                   : ExitCode::failure;
}

ExitCode worst(ExitCode a, ExitCode b) {
    return to_int(a) >= to_int(b) ? a : b;
}

std::string verbose_line(const std::string& input, const IngestResult& result) {
    const Document& doc = result.document;
    auto counts = count_kinds(doc);
    int nodes = 0;
    for (std::size_t k = 0; k < counts.size(); ++k)
        if (k != static_cast<std::size_t>(Kind::texte)) nodes += counts[k];
    return printable(input) + ": ok (" + doc.source.layout + ", " + doc.source.encoding + ", " +
           std::to_string(nodes) + " nodes, " + std::to_string(result.furniture_lines) +
           " lines of page furniture removed)\n";
}

// An output left by an earlier run, now that its input was refused: said,
// so that nobody takes it for this run's result.
std::string stale_output_note(const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(out, ec)) return {};
    return warning_line(out.string(), 0,
                        "left from an earlier run: its input was not ingested this time");
}

class Worker {
  public:
    Worker(const Ingester& ingester, const IngestCommandOptions& o, const Plan& plan,
           TempFiles& temps, std::size_t inputs)
        : ingester_(ingester), o_(o), plan_(plan), temps_(temps), inputs_(inputs) {}

    Outcome run(const InputFile& input) const {
        Outcome out;
        try {
            ingest(input, out);
        } catch (const std::bad_alloc&) {
            out.messages += error_line(input.path, "out of memory while ingesting this file");
            out.status = Status::failed;
        }
        if (out.status != Status::written && !plan_.to_stdout && !plan_.stream)
            out.messages += stale_output_note(output_path(o_, plan_, input));
        return out;
    }

  private:
    void ingest(const InputFile& input, Outcome& out) const {
        std::string bytes;
        if (auto read = read_input(input.path, bytes, o_.max_bytes); !read) {
            const Error* err = &read.error();
            out.messages = error_line(input.path, err->message);
            out.status = err->kind == ErrorKind::too_large ? Status::rejected : Status::failed;
            return;
        }
        out.bytes = bytes.size();
        auto outcome = ingester_.ingest_owned(
            std::move(bytes), IngestOptions{input.path, plan_.layout, o_.allow_empty});
        if (!outcome) {
            out.messages = error_line(input.path, outcome.error().message);
            out.status = Status::rejected;
            return;
        }
        const IngestResult& result = outcome.value();
        if (!o_.quiet)
            for (const Diagnostic& d : result.warnings)
                out.messages += warning_line(input.path, d.line, d.message);
        if (o_.verbose) out.messages += verbose_line(input.path, result);
        if (streams_alone()) {
            render_document(result.document, tree_format(), std::cout);
        } else if (plan_.to_stdout || plan_.stream) {
            out.text = render(result.document, plan_.format, plan_.csv);
        } else {
            write(output_path(o_, plan_, input), result.document, out);
        }
        if (inputs_ == 1) left_to_exit(std::move(outcome));
    }

    // The only input's tree (400k nodes and strings for a 50 MB file) is
    // left for the process's end to reclaim whole, instead of being freed
    // piece by piece just before it: clang's -disable-free. A batch frees
    // each file's tree, so that its memory stays flat. Sanitizer builds
    // free it, so that their leak check stays meaningful.
    static void left_to_exit(Result<IngestResult> outcome) {
#if defined(__SANITIZE_ADDRESS__)
        (void)outcome;
#else
        static_cast<void>(new Result<IngestResult>(std::move(outcome)));
#endif
    }

    bool is_tree_format() const {
        return plan_.format == Export::json || plan_.format == Export::yaml;
    }
    OutputFormat tree_format() const {
        return plan_.format == Export::json ? OutputFormat::json : OutputFormat::yaml;
    }
    // One input to standard output: its tree goes out as it is written.
    bool streams_alone() const {
        return plan_.to_stdout && inputs_ == 1 && is_tree_format();
    }

    // YAML and JSON are streamed into the file, 64 KB at a time; the small
    // formats are rendered first.
    void write(const fs::path& path, const Document& doc, Outcome& out) const {
        std::error_code ec;
        if (plan_.to_directory && !path.parent_path().empty())
            fs::create_directories(path.parent_path(), ec);
        if (ec) {
            out.messages +=
                error_line(path.parent_path().string(), "cannot create directory: " + ec.message());
            out.status = Status::failed;
            return;
        }
        AtomicFile file;
        Result<void> written = file.open(path, &temps_);
        if (written) {
            if (is_tree_format())
                render_document(doc, tree_format(), file.stream());
            else
                file.stream() << render(doc, plan_.format, plan_.csv);
            written = file.commit();
        }
        if (!written) {
            out.messages += error_line(path.string(), written.error().message);
            out.status = Status::failed;
        }
    }

    const Ingester& ingester_;
    const IngestCommandOptions& o_;
    const Plan& plan_;
    TempFiles& temps_;
    std::size_t inputs_;
};

// TERM=dumb: a terminal that shows escape sequences as text (no progress line).
bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::string_view(term) == "dumb";
}

class Batch {
  public:
    Batch(const IngestCommandOptions& o, const Plan& plan, std::vector<InputFile> inputs,
          std::size_t problems, TempFiles& temps)
        : o_(o), plan_(plan), inputs_(std::move(inputs)), temps_(temps),
          worker_(ingester_, o, plan, temps, inputs_.size()), outcomes_(inputs_.size()),
          done_(inputs_.size(), false), problems_(problems),
          progress_(!o.quiet && inputs_.size() > 1 && ::isatty(STDERR_FILENO) != 0 &&
                    !dumb_terminal()) {}

    ExitCode run() {
        start_ = std::chrono::steady_clock::now();
        if (open_collected()) {
            run_on_threads(thread_count(o_.jobs, inputs_.size()), [this] { work(); });
            if (plan_.to_stdout || plan_.stream) close_collected();
        } else { // nowhere to write: no input is read
            for (Outcome& out : outcomes_) out.status = Status::failed;
        }
        ExitCode code = problems_ > 0 ? ExitCode::failure : ExitCode::ok;
        for (const Outcome& out : outcomes_) code = worst(code, exit_code_of(out.status));
        if (!o_.quiet && inputs_.size() + problems_ > 1) summary();
        return code;
    }

  private:
    // Standard output, or one stream file for jsonl/csv: each document's
    // text goes out in input order as soon as it and those before it are
    // done. The stream file appears at the end, whole, or not at all.
    std::ostream& collected() { return plan_.to_stdout ? std::cout : collected_file_.stream(); }

    bool open_collected() {
        if (plan_.stream && !plan_.to_stdout) {
            if (auto opened = collected_file_.open(o_.output, &temps_); !opened) {
                std::cerr << error_line(o_.output, opened.error().message);
                return false;
            }
        }
        if ((plan_.to_stdout || plan_.stream) && plan_.format == Export::csv)
            collected() << csv_header(plan_.csv);
        return true;
    }

    // When the collected output cannot be written, no input was written.
    void close_collected() {
        Result<void> written;
        if (plan_.to_stdout) {
            std::cout.flush();
            if (!std::cout)
                written = Error(ErrorKind::unwritable,
                                std::string("cannot write: ") + std::strerror(errno));
        } else {
            written = collected_file_.commit();
        }
        if (written) return;
        std::cerr << error_line(plan_.to_stdout ? "standard output" : o_.output,
                                written.error().message);
        if (plan_.to_stdout) std::cout.clear(); // said here: main does not say it again
        for (Outcome& out : outcomes_)
            if (out.status == Status::written) out.status = Status::failed;
    }

    void work() {
        for (std::size_t i = next_++; i < inputs_.size(); i = next_++) {
            Outcome out = worker_.run(inputs_[i]);
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
            Outcome& out = outcomes_[printed_];
            if (!out.messages.empty()) {
                if (progress_) std::cerr << "\r\033[K";
                std::cerr << out.messages;
            }
            if (!out.text.empty()) collected() << out.text;
            // Its memory too: assigning an empty string would keep the buffer.
            std::string().swap(out.text);
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
        std::size_t written = 0, rejected = 0, failed = 0;
        for (const Outcome& out : outcomes_)
            (out.status == Status::written    ? written
             : out.status == Status::rejected ? rejected
                                              : failed)++;
        char line[200];
        double s = seconds(), mb = static_cast<double>(bytes_) / 1e6;
        std::snprintf(line, sizeof line,
                      "perr ingest: %zu files, %.1f MB in %.2f s (%.1f MB/s): %zu written, %zu "
                      "rejected, %zu failed",
                      inputs_.size(), mb, s, s > 0 ? mb / s : 0.0, written, rejected, failed);
        std::cerr << line;
        if (problems_ > 0)
            std::cerr << "; " << problems_ << (problems_ == 1 ? " folder" : " folders")
                      << " could not be read";
        std::cerr << '\n';
    }

    const IngestCommandOptions& o_;
    const Plan& plan_;
    const std::vector<InputFile> inputs_;
    TempFiles& temps_;
    AtomicFile collected_file_;
    Ingester ingester_;
    Worker worker_;
    std::vector<Outcome> outcomes_;
    std::vector<bool> done_;
    std::size_t problems_;
    bool progress_;
    std::atomic<std::size_t> next_{0};
    std::mutex mutex_;
    std::size_t printed_ = 0, finished_ = 0;
    std::uint64_t bytes_ = 0;
    std::chrono::steady_clock::time_point start_;
};

} // namespace

Export export_from_name(const std::string& name) {
    if (name == "json") return Export::json;
    if (name == "jsonl") return Export::jsonl;
    if (name == "csv") return Export::csv;
    if (name == "markdown") return Export::md;
    return Export::yaml;
}

fs::path output_path(const IngestCommandOptions& o, const Plan& plan, const InputFile& input) {
    if (!plan.to_directory) return o.output;
    fs::path name = input.path == "-" ? fs::path("stdin") : fs::path(input.relative);
    name.replace_extension(extension(plan.format));
    return fs::path(o.output) / name;
}

ExitCode run_batch(const IngestCommandOptions& o, const Plan& plan, std::vector<InputFile> inputs,
                   const std::vector<Error>& problems, TempFiles& temps) {
    for (const Error& p : problems) std::cerr << error_line(p);
    return Batch(o, plan, std::move(inputs), problems.size(), temps).run();
}

} // namespace perr
