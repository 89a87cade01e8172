#define PCRE2_CODE_UNIT_WIDTH 8
#include "utilities/regex.h"

#include <pcre2.h>

namespace perr {

struct Regex::Impl {
    pcre2_code* code = nullptr;
    pcre2_match_context* context = nullptr;
    ~Impl() {
        pcre2_match_context_free(context);
        pcre2_code_free(code);
    }
};

// The default limits are enough for every pattern perr uses on a line of
// several megabytes, small enough to stop catastrophic backtracking quickly.
Regex::Regex(std::string_view pattern, bool caseless, RegexLimits limits)
    : impl_(std::make_unique<Impl>()) {
    // The pattern's UTF-8 is checked here (a user's schema may give any).
    uint32_t options = PCRE2_UTF | PCRE2_UCP;
    if (caseless) options |= PCRE2_CASELESS;
    int error = 0;
    PCRE2_SIZE offset = 0;
    impl_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                options, &error, &offset, nullptr);
    if (impl_->code == nullptr) {
        std::array<PCRE2_UCHAR, 256> buf{};
        pcre2_get_error_message(error, buf.data(), buf.size());
        throw RegexError("bad pattern at offset " + std::to_string(offset) + ": " +
                         reinterpret_cast<const char*>(buf.data()));
    }
    pcre2_jit_compile(impl_->code, PCRE2_JIT_COMPLETE); // optional: falls back to the interpreter
    impl_->context = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(impl_->context, limits.match);
    pcre2_set_depth_limit(impl_->context, limits.depth);
}

Result<Regex> Regex::compile(std::string_view pattern, bool caseless, RegexLimits limits) {
    try {
        return Regex(pattern, caseless, limits);
    } catch (const RegexError& e) { // the one place a user's pattern error becomes a value
        return Error(ErrorKind::syntax, e.what());
    }
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::optional<RegexMatch> Regex::find(std::string_view subject, std::size_t start) const {
    if (start > subject.size()) return std::nullopt;
    // One match block per thread, reused: no allocation per match.
    struct MatchData {
        pcre2_match_data* data = pcre2_match_data_create(RegexMatch::kMaxGroups + 22, nullptr);
        ~MatchData() { pcre2_match_data_free(data); }
    };
    thread_local MatchData cache;
    pcre2_match_data* data = cache.data;
    // Input text is valid UTF-8 by construction (decode stage), so the
    // per-call UTF check, linear in the subject, is skipped.
    int rc = pcre2_match(impl_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(),
                         start, PCRE2_NO_UTF_CHECK, data, impl_->context);
    std::optional<RegexMatch> result;
    if (rc >= 0) { // 0: more groups than the block holds; the first ones are set
        RegexMatch m;
        PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data);
        auto n = rc == 0
                     ? RegexMatch::kMaxGroups
                     : std::min<std::size_t>(static_cast<std::size_t>(rc), RegexMatch::kMaxGroups);
        for (std::size_t i = 0; i < n; ++i) {
            if (ov[2 * i] == PCRE2_UNSET) continue;
            m.groups[i] = subject.substr(ov[2 * i], ov[2 * i + 1] - ov[2 * i]);
            m.present[i] = true;
        }
        m.begin = ov[0];
        m.end = ov[1];
        result = m;
    }
    return result;
}

} // namespace perr
