#include "utilities/zip_archive.h"

#include <zip.h>

namespace perr {

struct ZipArchive::Impl {
    zip_t* zip = nullptr;
    ZipLimits limits;
    std::size_t inflated = 0; // bytes read so far, every member
    ~Impl() {
        if (zip != nullptr) zip_discard(zip);
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const ZipLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return Error(ErrorKind::unreadable, "cannot read the zip container");
    }
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip == nullptr) {
        std::string why = zip_error_strerror(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return Error(ErrorKind::unreadable, "damaged zip container (" + why + ")");
    }
    zip_error_fini(&error);
    auto impl = std::make_unique<Impl>();
    impl->zip = zip;
    impl->limits = limits;
    zip_int64_t entries = zip_get_num_entries(zip, 0);
    if (entries < 0 || static_cast<std::size_t>(entries) > limits.max_entries)
        return Error(ErrorKind::too_large, "zip container with too many entries (" +
                                               std::to_string(entries) + "; the limit is " +
                                               std::to_string(limits.max_entries) + ")");
    return ZipArchive(std::move(impl));
}

bool ZipArchive::has(const std::string& name) const {
    return zip_name_locate(impl_->zip, name.c_str(), 0) >= 0;
}

Result<std::optional<std::string>> ZipArchive::read(const std::string& name) {
    zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), 0);
    if (index < 0) return std::optional<std::string>();
    const ZipLimits& limits = impl_->limits;
    auto too_large = [&] {
        return Error(ErrorKind::too_large,
                     "zip member " + name + " inflates past the limit (" +
                         std::to_string(limits.max_member_bytes) + " bytes for one member, " +
                         std::to_string(limits.max_total_bytes) + " in all): a zip bomb?");
    };
    zip_stat_t st;
    zip_stat_init(&st);
    auto entry = static_cast<zip_uint64_t>(index);
    if (zip_stat_index(impl_->zip, entry, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) != 0 &&
        st.size > limits.max_member_bytes)
        return too_large();
    zip_file_t* file = zip_fopen_index(impl_->zip, entry, 0);
    if (file == nullptr)
        return Error(ErrorKind::unreadable,
                     "cannot open zip member " + name + " (" + zip_strerror(impl_->zip) + ")");
    std::string out;
    char chunk[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
        if (n < 0) {
            Error damaged(ErrorKind::unreadable,
                          "damaged zip member " + name + " (" + zip_file_strerror(file) + ")");
            zip_fclose(file);
            return damaged;
        }
        if (n == 0) break;
        out.append(chunk, static_cast<std::size_t>(n));
        impl_->inflated += static_cast<std::size_t>(n);
        if (out.size() > limits.max_member_bytes || impl_->inflated > limits.max_total_bytes) {
            zip_fclose(file);
            return too_large();
        }
    }
    zip_fclose(file);
    return std::optional<std::string>(std::move(out));
}

} // namespace perr
