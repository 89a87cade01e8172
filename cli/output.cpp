#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <utility>

#include "cli/temp_files.h"

namespace perr {
namespace {

Error errno_error(const char* what, ErrorKind kind = ErrorKind::io) {
    return {kind, std::string(what) + ": " + std::strerror(errno)};
}

Error too_large(std::uint64_t max_bytes) {
    return {ErrorKind::too_large,
            "file too large (over " + std::to_string(max_bytes) + " bytes; see --max-bytes)"};
}

const char* file_type_name(mode_t mode) {
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "a special file";
}

Error not_regular(mode_t mode) {
    if (S_ISDIR(mode)) return {ErrorKind::io, "is a directory"};
    return {ErrorKind::io, std::string("not a regular file (") + file_type_name(mode) +
                               "); to read a pipe, give '-' and redirect it to standard input"};
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

Result<void> read_fd(int fd, std::string& out, std::uint64_t max_bytes) {
    std::array<char, 1 << 16> buf{};
    for (;;) {
        ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno_error("cannot read");
        if (n == 0) return {};
        if (out.size() + static_cast<std::size_t>(n) > max_bytes) return too_large(max_bytes);
        out.append(buf.data(), static_cast<std::size_t>(n));
    }
}

// Opens without blocking (a FIFO with no writer would block in open()),
// then refuses anything but a regular file.
Result<void> open_regular(const std::string& path, int& fd, struct stat& st) {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        int saved = errno;
        if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) return not_regular(st.st_mode);
        errno = saved;
        return errno_error("cannot open");
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        Error err = S_ISREG(st.st_mode) ? errno_error("cannot open") : not_regular(st.st_mode);
        ::close(fd);
        return err;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return {};
}

} // namespace

Result<void> read_input(const std::string& path, std::string& out, std::uint64_t max_bytes) {
    out.clear();
    if (path == "-") return read_fd(STDIN_FILENO, out, max_bytes);
    int fd = -1;
    struct stat st {};
    if (auto opened = open_regular(path, fd, st); !opened) return opened;
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
        ::close(fd);
        return too_large(max_bytes);
    }
    out.reserve(static_cast<std::size_t>(st.st_size));
    auto read = read_fd(fd, out, max_bytes);
    ::close(fd);
    return read;
}

std::string temporary_name_template(const std::filesystem::path& path) {
    std::filesystem::path dir = path.parent_path();
    if (dir.empty()) dir = ".";
    // "." + name + ".XXXXXX" must fit in NAME_MAX (255) bytes.
    std::string name = path.filename().string();
    name.resize(std::min<std::size_t>(name.size(), NAME_MAX - 8));
    return (dir / ("." + name + ".XXXXXX")).string();
}

std::streamsize AtomicFile::FdBuffer::xsputn(const char* s, std::streamsize n) {
    if (error != 0) return 0;
    if (!write_all(fd, std::string_view(s, static_cast<std::size_t>(n)))) {
        error = errno;
        return 0;
    }
    return n;
}

AtomicFile::FdBuffer::int_type AtomicFile::FdBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    char ch = traits_type::to_char_type(c);
    return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
}

Result<void> AtomicFile::open(const std::filesystem::path& path, TempFiles* temps) {
    discard();
    path_ = path;
    temps_ = temps;
    std::string tmpl = temporary_name_template(path);
    buffer_.fd = temps ? temps->create(tmpl, tmp_) : create_temporary(tmpl, tmp_);
    buffer_.error = 0;
    stream_.clear();
    if (buffer_.fd < 0) {
        tmp_.clear();
        return errno_error("cannot create temporary file", ErrorKind::unwritable);
    }
    return {};
}

Result<void> AtomicFile::commit() {
    // No fsync: the rename makes the file appear whole or not at all to every
    // reader; syncing each of a batch's thousands of files to disk costs more
    // than the whole ingest (measured: BENCHMARKS.md).
    std::optional<Error> err;
    if (buffer_.error != 0 || !stream_) {
        errno = buffer_.error != 0 ? buffer_.error : EIO;
        err = errno_error("cannot write", ErrorKind::unwritable);
    }
    int fd = std::exchange(buffer_.fd, -1);
    if (::close(fd) != 0 && !err) err = errno_error("cannot write", ErrorKind::unwritable);
    if (!err) {
        bool renamed = temps_ ? temps_->commit(tmp_, path_.string())
                              : std::rename(tmp_.c_str(), path_.c_str()) == 0;
        if (!renamed) err = errno_error("cannot rename into place", ErrorKind::unwritable);
    }
    if (!err) {
        tmp_.clear();
        return {};
    }
    discard();
    return *err;
}

void AtomicFile::discard() {
    if (buffer_.fd >= 0) ::close(std::exchange(buffer_.fd, -1));
    if (tmp_.empty()) return;
    if (temps_)
        temps_->discard(tmp_);
    else
        ::unlink(tmp_.c_str());
    tmp_.clear();
}

Result<void> write_atomically(const std::filesystem::path& path, std::string_view data,
                              TempFiles* temps) {
    AtomicFile file;
    if (auto opened = file.open(path, temps); !opened) return opened;
    file.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
    return file.commit();
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

} // namespace perr
