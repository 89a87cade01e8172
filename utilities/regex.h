// A thin RAII wrapper over PCRE2 (8-bit, UTF + UCP). Knows nothing of perr.
// Every match runs with a match limit and a depth limit, so a pattern can
// never backtrack for long on a hostile line; JIT is used where available.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

// A constant pattern that does not compile is a bug: the constructor
// throws it, and main reports it as an internal error.
class RegexError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct RegexMatch {
    static constexpr std::size_t kMaxGroups = 10;
    std::array<std::string_view, kMaxGroups> groups{}; // [0] = whole match
    std::array<bool, kMaxGroups> present{};
    std::size_t begin = 0; // offsets of the whole match in the subject
    std::size_t end = 0;

    std::string_view operator[](std::size_t i) const { return groups[i]; }
    bool has(std::size_t i) const { return present[i]; }
};

// Work one match may do before it gives up (and counts as "no match").
struct RegexLimits {
    std::uint32_t match = 1'000'000; // backtracking steps
    std::uint32_t depth = 10'000;    // nested backtracking
};

class Regex {
  public:
    // Case-insensitive by default: the documents' capitalisation varies.
    // For perr's own (constant) patterns: throws RegexError on a bad one.
    explicit Regex(std::string_view pattern, bool caseless = true, RegexLimits limits = {});
    // For a pattern a user gives: ErrorKind::syntax, "bad pattern at offset N: …".
    static Result<Regex> compile(std::string_view pattern, bool caseless = true,
                                 RegexLimits limits = {});
    ~Regex();
    Regex(Regex&&) noexcept;
    Regex& operator=(Regex&&) noexcept;
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // First match at or after `start`; nullopt when none (or when the
    // match limit is hit, which is treated as no match).
    std::optional<RegexMatch> find(std::string_view subject, std::size_t start = 0) const;
    bool search(std::string_view subject) const { return find(subject).has_value(); }
    // Whether a subject's first byte is tested before it is matched (a
    // pattern anchored by its '^' whose first bytes PCRE2 can tell).
    bool tests_first_byte() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace perr
