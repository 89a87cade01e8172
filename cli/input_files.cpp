#include "cli/input_files.h"

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "cli/messages.h"

namespace perr {
namespace {

namespace fs = std::filesystem;

struct Walk {
    const std::function<bool(std::string_view)>& wanted;
    std::vector<std::string> found;
    std::vector<Error> errors;
};

// One directory level; subdirectories are walked after their parent's files.
void walk(const fs::path& dir, Walk& w) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        w.errors.emplace_back(ErrorKind::io, "cannot open directory: " + ec.message(),
                              dir.string());
        return;
    }
    std::vector<fs::path> subdirs;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        if (name.empty() || name[0] == '.') continue; // .git/, .DS_Store, editors' swap files
        std::error_code type_ec;
        if (it->is_symlink(type_ec) ? false : it->is_directory(type_ec))
            subdirs.push_back(p);
        else if (it->is_regular_file(type_ec) && (!w.wanted || w.wanted(name)))
            w.found.push_back(p.string());
    }
    if (ec)
        w.errors.emplace_back(ErrorKind::io, "cannot read directory: " + ec.message(),
                              dir.string());
    for (const fs::path& sub : subdirs) walk(sub, w);
}

std::string relative_to(const std::string& path, const std::string& dir) {
    fs::path rel = fs::path(path).lexically_relative(dir);
    return rel.empty() ? fs::path(path).filename().string() : rel.string();
}

} // namespace

bool is_export_name(std::string_view name) {
    for (std::string_view ext : {".yaml", ".yml", ".json", ".jsonl", ".ndjson"})
        if (name.size() > ext.size() && name.ends_with(ext)) return true;
    return false;
}

ExpandedInputs expand_inputs(const std::vector<std::string>& inputs,
                             const std::function<bool(std::string_view)>& wanted,
                             std::string_view what) {
    ExpandedInputs out;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            out.files.push_back({input, fs::path(input).filename().string(), false});
            continue;
        }
        out.any_directory = true;
        Walk w{wanted, {}, {}};
        walk(input, w);
        out.errors.insert(out.errors.end(), w.errors.begin(), w.errors.end());
        if (w.found.empty() && w.errors.empty())
            out.errors.emplace_back(
                ErrorKind::io, "is a directory with no " + std::string(what) + " in it", input);
        std::sort(w.found.begin(), w.found.end());
        for (std::string& f : w.found) out.files.push_back({f, relative_to(f, input), true});
    }
    return out;
}

} // namespace perr
