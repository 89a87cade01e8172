#include "cli/diff_dirs.h"

#include <algorithm>
#include <system_error>

namespace perr {
namespace {

namespace fs = std::filesystem;

// Regular files below `dir`, as sorted relative paths.
Result<std::vector<std::string>> files_below(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (it->path().filename().string().starts_with(".")) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), dir, ec).string());
    }
    if (ec) return Error(ErrorKind::io, "cannot read the folder: " + ec.message(), dir.string());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Result<FilePairs> pair_files(const fs::path& old_dir, const fs::path& new_dir) {
    auto olds = files_below(old_dir);
    if (!olds) return olds.error();
    auto news = files_below(new_dir);
    if (!news) return news.error();
    FilePairs pairs;
    std::set_intersection(olds->begin(), olds->end(), news->begin(), news->end(),
                          std::back_inserter(pairs.both));
    std::set_difference(olds->begin(), olds->end(), news->begin(), news->end(),
                        std::back_inserter(pairs.only_old));
    std::set_difference(news->begin(), news->end(), olds->begin(), olds->end(),
                        std::back_inserter(pairs.only_new));
    return pairs;
}

} // namespace perr
