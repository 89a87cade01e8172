#include "cli/validate_report.h"

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/messages.h"

namespace perr {
namespace {

const char* severity_name(Severity s) {
    return s == Severity::error ? "error" : "warning";
}

std::string where(const FileReport& r, const Finding& f) {
    std::string s = printable(r.path);
    if (f.line > 0) s += ':' + std::to_string(f.line) + ':' + std::to_string(f.column);
    return s;
}

void print_summary(const std::vector<FileReport>& reports, bool strict) {
    std::size_t failing = 0, errors = 0, warnings = 0;
    for (const FileReport& r : reports) {
        failing += fails(r, strict) ? 1u : 0u;
        for (const Finding& f : r.findings) (f.severity == Severity::error ? errors : warnings)++;
    }
    std::string files = std::to_string(reports.size()) + (reports.size() == 1 ? " file" : " files");
    if (failing == 0) {
        std::cout << "ok: " << files
                  << (warnings > 0 ? " (" + std::to_string(warnings) + " warning(s))" : "") << '\n';
        return;
    }
    std::cout << failing << " of " << files << " invalid: " << errors << " error(s), " << warnings
              << " warning(s)\n";
}

void print_text(const std::vector<FileReport>& reports, bool strict, bool tty) {
    for (const FileReport& r : reports)
        for (const Finding& f : r.findings)
            std::cout << where(r, f) << ": " << severity_name(f.severity) << ": " << f.message
                      << " [" << f.rule << "]\n";
    if (tty) print_summary(reports, strict);
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
    for (const FileReport& r : reports) {
        std::string file = github_escape(printable(r.path), true);
        if (!r.io_error.empty())
            std::cout << "::error file=" << file
                      << ",title=perr::" << github_escape(r.io_error, false) << '\n';
        for (const Finding& f : r.findings) {
            std::cout << "::" << severity_name(f.severity) << " file=" << file;
            if (f.line > 0) std::cout << ",line=" << f.line << ",col=" << f.column;
            std::cout << ",title=" << f.rule << "::" << github_escape(f.message, false) << '\n';
        }
    }
}

nlohmann::ordered_json finding_json(const Finding& f) {
    nlohmann::ordered_json j{{"rule", f.rule},       {"severity", severity_name(f.severity)},
                             {"pointer", f.pointer}, {"line", f.line},
                             {"column", f.column},   {"message", f.message}};
    if (f.document > 0) j["document"] = f.document;
    return j;
}

void print_json(const std::vector<FileReport>& reports, bool strict) {
    nlohmann::ordered_json out{
        {"perr_validate", 1}, {"strict", strict}, {"files", nlohmann::ordered_json::array()}};
    int errors = 0, warnings = 0, invalid = 0, unreadable = 0;
    for (const FileReport& r : reports) {
        nlohmann::ordered_json file{{"path", r.path}, {"valid", !fails(r, strict)}};
        if (!r.io_error.empty()) file["error"] = r.io_error;
        if (r.documents > 1) file["documents"] = r.documents;
        file["findings"] = nlohmann::ordered_json::array();
        for (const Finding& f : r.findings) {
            file["findings"].push_back(finding_json(f));
            (f.severity == Severity::error ? errors : warnings)++;
        }
        invalid += fails(r, strict) ? 1 : 0;
        unreadable += r.io_error.empty() ? 0 : 1;
        out["files"].push_back(std::move(file));
    }
    out["totals"] = nlohmann::ordered_json{{"files", reports.size()},
                                           {"invalid", invalid},
                                           {"unreadable", unreadable},
                                           {"errors", errors},
                                           {"warnings", warnings}};
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

} // namespace

bool fails(const FileReport& r, bool strict) {
    if (!r.io_error.empty()) return true;
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const Finding& f) { return f.severity == Severity::error || strict; });
}

void print_report(const std::vector<FileReport>& reports, const std::string& format, bool strict,
                  bool tty) {
    if (format == "json")
        print_json(reports, strict);
    else if (format == "github")
        print_github(reports);
    else
        print_text(reports, strict, tty);
}

} // namespace perr
