#include "cli/man_page.h"

#include "cli/exit_codes.h"
#include "cli/option_text.h"
#include "schema/findings.h"
#include "schema/model.h"

namespace perr {
namespace {

std::vector<const CLI::App*> commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App*) { return true; });
}

std::string roff_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string roff_lines(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        std::string line =
            text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        out += line.empty() ? ".sp\n" : roff_escape(line) + "\n.br\n";
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return out;
}

// A footer's "Exit codes: ..." sentence; the other part of it is examples.
std::pair<std::string, std::string> split_exit_codes(const std::string& footer) {
    std::size_t at = footer.find("Exit codes:");
    if (at == std::string::npos) return {footer, ""};
    std::string before = footer.substr(0, at);
    while (!before.empty() && before.back() == '\n') before.pop_back();
    return {before, footer.substr(at + std::string("Exit codes:").size() + 1)};
}

std::string option_entry(const CLI::Option& opt) {
    std::string value = option_value_name(opt);
    std::string out =
        ".TP\n.B " + roff_escape(option_names(opt)) +
        (value.empty() || opt.get_positional() ? "" : " \\fI" + roff_escape(value) + "\\fR") +
        "\n" + roff_escape(opt.get_description()) +
        (opt.get_description().ends_with('.') ? "" : ".");
    std::vector<std::string> choices = option_choices(opt);
    if (!choices.empty()) {
        std::string list;
        for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
        out += " One of: " + roff_escape(list) + ".";
    }
    if (!opt.get_default_str().empty())
        out += " Default: " + roff_escape(opt.get_default_str()) + ".";
    return out + "\n";
}

std::string command_section(const CLI::App& c) {
    std::string out = ".SS " + c.get_name() + "\n" + roff_escape(c.get_description()) +
                      "\n.PP\n.nf\n" + roff_escape(synopsis(c, "perr " + c.get_name(), 78)) +
                      "\n.fi\n";
    for (const CLI::Option* opt : c.get_options())
        if (!opt->check_lname("help")) out += option_entry(*opt);
    std::string examples = split_exit_codes(c.get_footer()).first;
    if (!examples.empty()) out += ".PP\n" + roff_lines(examples);
    return out;
}

std::string exit_status_section(const CLI::App& app) {
    std::string out = ".SH EXIT STATUS\n";
    for (const CLI::App* c : commands(app)) {
        std::string codes = exit_codes_sentence(c->get_name()).substr(sizeof "Exit codes:");
        out += ".TP\n.B perr " + c->get_name() + "\n" + roff_escape(codes) + "\n";
    }
    return out;
}

std::string rules_section() {
    std::string out = ".SH VALIDATION RULES\nWhat \\fBperr validate\\fR reports, by rule:\n";
    for (const RuleInfo& r : validation_rules())
        out += ".TP\n.B " + std::string(r.id) + "\n" +
               (r.severity == Severity::error ? "error: " : "warning: ") + roff_escape(r.summary) +
               "\n";
    return out;
}

constexpr const char* kEnvironment =
    ".SH ENVIRONMENT\n"
    ".TP\n.B NO_COLOR\nWhen set and not empty, no colour in reports (\\fBperr diff\\fR); "
    "\\fB\\-\\-color always\\fR overrides it.\n"
    ".TP\n.B TERM\nWhen \\fBdumb\\fR, no colour and no progress line.\n";

} // namespace

std::string man_page(const CLI::App& app) {
    std::string out = ".TH PERR 1 \"\" \"perr " + std::string(PERR_VERSION) +
                      "\" \"User Commands\"\n"
                      ".SH NAME\nperr \\- PERR protocol documents to normalized, checked data\n"
                      ".SH SYNOPSIS\n.nf\n";
    for (const CLI::App* c : commands(app))
        out += roff_escape(synopsis(*c, "perr " + c->get_name(), 78)) + "\n";
    out += ".fi\n.SH DESCRIPTION\n" + roff_lines(app.get_description()) + "Output format version " +
           std::to_string(kFormatVersion) + ".\n.SH COMMANDS\n";
    for (const CLI::App* c : commands(app)) out += command_section(*c);
    out += exit_status_section(app) + kEnvironment + rules_section() +
           ".SH SEE ALSO\nThe JSON Schema of the output: \\fBperr schema\\fR.\n";
    return out;
}

} // namespace perr
