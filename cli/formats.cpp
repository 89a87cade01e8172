#include "cli/formats.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

namespace perr {
namespace {

std::string canonical(const std::string& name) {
    static constexpr std::array<std::pair<const char*, const char*>, 3> kAliases{
        {{"md", "markdown"}, {"table", "text"}, {"yml", "yaml"}}};
    for (const auto& [alias, name_of] : kAliases)
        if (name == alias) return name_of;
    return name;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

} // namespace

CLI::Validator format_choice(const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ",") + n;
    return CLI::Validator(
        [names, list](std::string& value) -> std::string {
            std::string name = canonical(lower(value));
            if (std::find(names.begin(), names.end(), name) == names.end())
                return "'" + value + "' is not one of " + list;
            value = name;
            return {};
        },
        "{" + list + "}");
}

std::string format_from_extension(const std::string& path) {
    std::string ext = lower(std::filesystem::path(path).extension().string());
    if (ext == ".yaml" || ext == ".yml") return "yaml";
    if (ext == ".json") return "json";
    if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
    if (ext == ".csv") return "csv";
    if (ext == ".md" || ext == ".markdown") return "markdown";
    return {};
}

} // namespace perr
