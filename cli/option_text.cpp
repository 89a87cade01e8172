#include "cli/option_text.h"

namespace perr {
namespace {

std::string upper(std::string s) {
    for (char& c : s) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == '-') c = '_';
    }
    return s;
}

bool is_help(const CLI::Option* opt) {
    return opt->check_lname("help") || opt->check_lname("version");
}

// "[-o OUTPUT]", "-f yaml|json" (required), "INPUTS...", "[FILES...]".
std::string usage_word(const CLI::Option& opt) {
    std::string value = option_value_name(opt);
    std::string word;
    if (opt.get_positional()) {
        word = upper(opt.get_name()) + (opt.get_expected_max() > 1 ? "..." : "");
    } else {
        word = opt.get_snames().empty() ? "--" + opt.get_lnames().front()
                                        : "-" + opt.get_snames().front();
        if (!value.empty()) word += " " + value;
    }
    return opt.get_required() ? word : "[" + word + "]";
}

} // namespace

std::vector<std::string> option_choices(const CLI::Option& opt) {
    std::string type = opt.get_type_name();
    std::size_t open = type.find('{'), close = type.find('}');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    std::vector<std::string> out;
    std::string item;
    for (char c : type.substr(open + 1, close - open - 1)) {
        if (c == ',') {
            out.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    if (!item.empty()) out.push_back(item);
    return out;
}

std::string option_value_name(const CLI::Option& opt) {
    if (opt.get_expected_max() == 0) return {}; // a flag
    std::vector<std::string> choices = option_choices(opt);
    if (!choices.empty()) {
        std::string out;
        for (const std::string& c : choices) out += (out.empty() ? "" : "|") + c;
        return out;
    }
    std::string type = opt.get_type_name();
    if (type.starts_with("INT") || type.starts_with("UINT")) return "N";
    if (type.starts_with("FLOAT")) return "X";
    return upper(opt.get_lnames().empty() ? opt.get_name() : opt.get_lnames().front());
}

std::string option_names(const CLI::Option& opt) {
    std::string names;
    for (const std::string& s : opt.get_snames()) names += (names.empty() ? "-" : ", -") + s;
    for (const std::string& l : opt.get_lnames()) names += (names.empty() ? "--" : ", --") + l;
    return names.empty() ? opt.get_name() : names;
}

std::string synopsis(const CLI::App& cmd, const std::string& name, std::size_t width) {
    std::vector<std::string> words;
    for (const CLI::Option* opt : cmd.get_options())
        if (!is_help(opt) && !opt->get_positional()) words.push_back(usage_word(*opt));
    for (const CLI::Option* opt : cmd.get_options())
        if (opt->get_positional()) words.push_back(usage_word(*opt));
    if (!cmd.get_subcommands([](const CLI::App*) { return true; }).empty())
        words.emplace_back("SUBCOMMAND");
    std::string out = name, line = name;
    std::size_t indent = name.size() + 1;
    for (const std::string& w : words) {
        if (line.size() + 1 + w.size() > width && line.size() > indent) {
            out += "\n" + std::string(indent, ' ') + w;
            line = std::string(indent, ' ') + w;
        } else {
            out += " " + w;
            line += " " + w;
        }
    }
    return out;
}

std::string SynopsisFormatter::make_usage(const CLI::App* app, std::string name) const {
    return get_label("Usage") + ": " + synopsis(*app, name, 100) + "\n";
}

} // namespace perr
