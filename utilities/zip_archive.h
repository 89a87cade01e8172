// Read-only access to the members of a zip held in memory (the container of
// .docx and .odt files), through libzip, with limits that stop zip bombs:
// the number of entries, and the bytes a member and all members together may
// inflate to. A member is inflated in bounded chunks, so a size the central
// directory understates cannot grow past the limit either.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "utilities/result.h"

namespace perr {

struct ZipLimits {
    std::size_t max_entries = 10000;
    std::size_t max_member_bytes = std::size_t{64} << 20; // one member, inflated
    std::size_t max_total_bytes = std::size_t{256} << 20; // every member read, inflated
};

class ZipArchive {
  public:
    // Errors: ErrorKind::unreadable (not a readable zip), too_large (more
    // entries than the limit). `bytes` must outlive the archive.
    static Result<ZipArchive> open(std::string_view bytes, const ZipLimits& limits = {});
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    bool has(const std::string& name) const;
    // The inflated member; nullopt when there is no such member. Errors:
    // ErrorKind::unreadable (damaged data, encrypted member), too_large.
    Result<std::optional<std::string>> read(const std::string& name);

  private:
    struct Impl;
    explicit ZipArchive(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace perr
