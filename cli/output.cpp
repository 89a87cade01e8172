#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace perr {
namespace {

IoError errno_error(const char* what) {
    return {std::string(what) + ": " + std::strerror(errno), false};
}

IoError too_large(std::uint64_t max_bytes) {
    return {"file too large (over " + std::to_string(max_bytes) + " bytes; see --max-bytes)", true};
}

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

std::optional<IoError> read_fd(int fd, std::string& out, std::uint64_t max_bytes) {
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno_error("cannot read");
        if (n == 0) return std::nullopt;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) return too_large(max_bytes);
    }
}

std::optional<IoError> read_input(const std::string& path, std::string& out,
                                  std::uint64_t max_bytes) {
    out.clear();
    if (path == "-") return read_fd(STDIN_FILENO, out, max_bytes);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return IoError{"is a directory", false};
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno_error("cannot open");
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
            ::close(fd);
            return too_large(max_bytes);
        }
        out.reserve(static_cast<std::size_t>(st.st_size));
    }
    auto err = read_fd(fd, out, max_bytes);
    ::close(fd);
    return err;
}

std::optional<IoError> write_atomically(const std::filesystem::path& path, std::string_view data) {
    std::filesystem::path dir = path.parent_path();
    if (dir.empty()) dir = ".";
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) return errno_error("cannot create temporary file");
    // No fsync: the rename makes the file appear whole or not at all to every
    // reader; syncing each of a batch's thousands of files to disk costs more
    // than the whole ingest (measured: BENCHMARKS.md).
    bool ok = write_all(fd, data);
    auto err = ok ? std::optional<IoError>{} : errno_error("cannot write");
    if (::close(fd) != 0 && ok) err = errno_error("cannot write"), ok = false;
    if (ok) {
        ::chmod(tmpl.c_str(), 0644);
        if (::rename(tmpl.c_str(), path.c_str()) != 0)
            err = errno_error("cannot rename into place"), ok = false;
    }
    if (!ok) ::unlink(tmpl.c_str());
    return err;
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

} // namespace perr
