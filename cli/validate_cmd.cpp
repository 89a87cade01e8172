#include "cli/validate_cmd.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/output.h"
#include "schema/positioned_json.h"
#include "schema/schema_text.h"
#include "schema/validator.h"

namespace perr {
namespace {

struct FileReport {
    std::string path;
    std::vector<Finding> findings;
    bool unreadable = false;
    std::string io_error;
};

// A few findings in JSON are placed by scanning the text; many, or YAML,
// by the position-keeping loader.
void place(std::vector<Finding>& findings, std::string_view text,
           std::optional<PositionedJson>& positioned) {
    if (!positioned && findings.size() <= 32) {
        for (Finding& f : findings) {
            std::string pointer = f.pointer;
            std::optional<Position> p;
            while (!(p = locate_in_json(text, pointer)) && !pointer.empty())
                pointer.erase(pointer.rfind('/'));
            if (p) f.line = p->line, f.column = p->column;
        }
        return;
    }
    LoadError load_error;
    if (!positioned) positioned = load_positioned(text, load_error);
    if (!positioned) return;
    for (Finding& f : findings) {
        Position p = positioned->position_of(f.pointer);
        f.line = p.line;
        f.column = p.column;
    }
}

// The common case is fast: JSON parsed by nlohmann, no positions kept. Only
// a file with findings (or YAML) is read again by the position-keeping loader.
std::vector<Finding> check_text(std::string_view text, const SchemaValidator& schema) {
    std::optional<PositionedJson> positioned;
    nlohmann::json value;
    LoadError load_error;
    if (looks_like_json(text)) {
        try {
            value = nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error& e) {
            Position p = position_at(text, e.byte > 0 ? e.byte - 1 : 0);
            std::string what = e.what();
            return {{"PERR000", Severity::error, "", what.substr(what.find(':') + 2), p.line,
                     p.column}};
        }
    } else {
        positioned = load_positioned(text, load_error);
        if (!positioned)
            return {{"PERR000", Severity::error, "", load_error.message, load_error.position.line,
                     load_error.position.column}};
        value = std::move(positioned->value);
    }
    std::vector<Finding> findings = schema.validate(value);
    for (Finding& f : check_domain_rules(value)) findings.push_back(std::move(f));
    if (findings.empty()) return findings;
    place(findings, text, positioned);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return findings;
}

const char* severity_name(Severity s) {
    return s == Severity::error ? "error" : "warning";
}

bool fails(const FileReport& r, bool strict) {
    if (r.unreadable) return true;
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const Finding& f) { return f.severity == Severity::error || strict; });
}

void print_text(const std::vector<FileReport>& reports) {
    for (const FileReport& r : reports)
        for (const Finding& f : r.findings)
            std::cout << r.path << ':' << f.line << ':' << f.column << ": "
                      << severity_name(f.severity) << ": " << f.message << " [" << f.rule << "]\n";
}

// GitHub workflow commands: data after "::" must escape %, CR and LF.
std::string github_escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else if (property && c == ':')
            out += "%3A";
        else if (property && c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

void print_github(const std::vector<FileReport>& reports) {
    for (const FileReport& r : reports)
        for (const Finding& f : r.findings)
            std::cout << "::" << severity_name(f.severity)
                      << " file=" << github_escape(r.path, true) << ",line=" << f.line
                      << ",col=" << f.column << ",title=" << f.rule
                      << "::" << github_escape(f.message, false) << '\n';
}

void print_json(const std::vector<FileReport>& reports, bool strict) {
    nlohmann::ordered_json out{
        {"perr_validate", 1}, {"strict", strict}, {"files", nlohmann::ordered_json::array()}};
    int errors = 0, warnings = 0, invalid = 0;
    for (const FileReport& r : reports) {
        nlohmann::ordered_json file{{"path", r.path},
                                    {"valid", !fails(r, strict)},
                                    {"findings", nlohmann::ordered_json::array()}};
        for (const Finding& f : r.findings) {
            file["findings"].push_back(
                nlohmann::ordered_json{{"rule", f.rule},
                                       {"severity", severity_name(f.severity)},
                                       {"pointer", f.pointer},
                                       {"line", f.line},
                                       {"column", f.column},
                                       {"message", f.message}});
            (f.severity == Severity::error ? errors : warnings)++;
        }
        invalid += fails(r, strict) ? 1 : 0;
        out["files"].push_back(std::move(file));
    }
    out["totals"] = nlohmann::ordered_json{{"files", reports.size()},
                                           {"invalid", invalid},
                                           {"errors", errors},
                                           {"warnings", warnings}};
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

std::unique_ptr<SchemaValidator> load_schema(const std::string& path) {
    if (path.empty()) return std::make_unique<SchemaValidator>(schema_text());
    std::string text;
    if (auto err = read_input(path, text)) throw SchemaError(path + ": " + err->message);
    return std::make_unique<SchemaValidator>(text);
}

} // namespace

int run_validate(const ValidateCommandOptions& o) {
    std::unique_ptr<SchemaValidator> schema;
    try {
        schema = load_schema(o.schema_path);
    } catch (const SchemaError& e) {
        std::cerr << "perr validate: error: " << e.what() << '\n';
        return to_int(ExitCode::failure);
    }
    std::vector<FileReport> reports(o.inputs.size());
    // Files are independent: checked in parallel, reported in the given order.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < o.inputs.size(); i = next++) {
            FileReport& r = reports[i];
            r.path = o.inputs[i];
            std::string text;
            if (auto err = read_input(r.path, text)) {
                r.unreadable = true;
                r.io_error = err->message;
                continue;
            }
            r.findings = check_text(text, *schema);
        }
    };
    unsigned jobs = o.jobs > 0 ? static_cast<unsigned>(o.jobs)
                               : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(jobs, o.inputs.size()); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    bool could_not_run = false;
    for (const FileReport& r : reports)
        if (r.unreadable) {
            std::cerr << r.path << ": error: " << r.io_error << '\n';
            could_not_run = true;
        }
    std::erase_if(reports, [](const FileReport& r) { return r.unreadable; });
    if (o.format == "json")
        print_json(reports, o.strict);
    else if (o.format == "github")
        print_github(reports);
    else
        print_text(reports);
    if (could_not_run) return to_int(ExitCode::failure);
    bool any_invalid = std::any_of(reports.begin(), reports.end(),
                                   [&](const FileReport& r) { return fails(r, o.strict); });
    return to_int(any_invalid ? ExitCode::rejected : ExitCode::ok);
}

void setup_validate(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<ValidateCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "validate",
        "Check exported protocol trees (YAML or JSON) against the schema and the domain's rules");
    cmd->footer(
        "Examples:\n"
        "  perr validate out/*.yaml\n"
        "  perr validate --format github protocols/*.json\n"
        "  perr ingest doc.txt | perr validate --strict -\n\n"
        "Findings: FILE:LINE:COL: error|warning: MESSAGE [RULE]; rules are listed in README.md.\n"
        "Exit codes: 0 valid; 1 invalid (errors, or warnings with --strict); 2 could not run "
        "(unreadable file, bad schema, usage).");
    cmd->add_option("files", opts->inputs, "Files to check ('-' for standard input)")->required();
    cmd->add_option("--schema", opts->schema_path,
                    "JSON Schema to use instead of the built-in one");
    cmd->add_option("-f,--format", opts->format, "Report format")
        ->check(CLI::IsMember({"text", "json", "github"}))
        ->default_str("text");
    cmd->add_option("-j,--jobs", opts->jobs,
                    "Files checked in parallel (default: the number of cores)");
    cmd->add_flag("--strict", opts->strict,
                  "Warnings (duplicate titles, claim mismatches) fail too");
    cmd->callback([opts, exit_code] { *exit_code = run_validate(*opts); });
}

} // namespace perr
