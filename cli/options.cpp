#include "cli/options.h"

namespace perr {
namespace {

// CLI11 would read "-1" into an unsigned value as 2^64 - 1.
std::string whole_number(std::string& value) {
    if (!value.empty() && value.size() <= 19 &&
        value.find_first_not_of("0123456789") == std::string::npos)
        return {};
    return "expects a whole number of bytes (0 or more), not '" + value + "'";
}

} // namespace

void add_max_bytes_option(CLI::App& cmd, std::uint64_t& max_bytes) {
    cmd.add_option("--max-bytes", max_bytes, "Refuse inputs larger than this (default 64 MiB)")
        ->check(CLI::Validator(whole_number, "", "BYTES"))
        ->type_name("BYTES");
}

void add_jobs_option(CLI::App& cmd, int& jobs, const std::string& description) {
    cmd.add_option("-j,--jobs", jobs, description)->check(CLI::Range(0, 4096))->type_name("N");
}

} // namespace perr
