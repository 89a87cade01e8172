#define PCRE2_CODE_UNIT_WIDTH 8
#include "utilities/regex.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "utilities/text.h"

#include <pcre2.h>

namespace perr {

struct Regex::Impl {
    pcre2_code* code = nullptr;
    pcre2_match_context* context = nullptr;
    // For a pattern anchored by its leading '^': the bytes a match can
    // start with (bit b % 8 of byte b / 8), if PCRE2 can tell them.
    std::optional<std::array<std::uint8_t, 32>> first_bytes;
    ~Impl() {
        pcre2_match_context_free(context);
        pcre2_code_free(code);
    }
};

namespace {

// PCRE2 learns the code units a match can start with only for unanchored
// patterns: an anchored one is run in full on every subject. perr's line
// patterns are anchored ("^axe …", "^\\(source …") and most lines start
// with none of their words, so that run was most of their cost. The set is
// taken from the same pattern without its '^', whose matches starting at
// the start of a subject are the same ones.
std::optional<std::array<std::uint8_t, 32>> first_bytes_of(std::string_view pattern,
                                                           std::uint32_t options) {
    if (!pattern.starts_with('^')) return std::nullopt;
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code* probe = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data() + 1),
                                      pattern.size() - 1, options, &error, &offset, nullptr);
    if (probe == nullptr) return std::nullopt;
    std::optional<std::array<std::uint8_t, 32>> bytes;
    std::uint32_t type = 0, unit = 0;
    const std::uint8_t* bitmap = nullptr;
    pcre2_pattern_info(probe, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type == 0 && pcre2_pattern_info(probe, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
        bitmap != nullptr) {
        bytes.emplace();
        std::copy(bitmap, bitmap + 32, bytes->begin());
    } else if (type == 1 && pcre2_pattern_info(probe, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0) {
        // One first unit, perhaps caseless (the flag is not told): both
        // cases of an ASCII letter; none for 'k' and 's', which Unicode
        // also folds from the Kelvin sign and the long s, nor for a byte
        // of another letter.
        char lower = ascii_lower(static_cast<char>(unit));
        if (unit < 0x80 && lower != 'k' && lower != 's') {
            bytes.emplace();
            for (auto b : {unit, static_cast<std::uint32_t>(lower),
                           is_ascii_lower(lower) ? unit & ~0x20u : unit})
                (*bytes)[b / 8] |= static_cast<std::uint8_t>(1u << (b % 8));
        }
    }
    pcre2_code_free(probe);
    return bytes;
}

} // namespace

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
    std::uint32_t all = 0;
    pcre2_pattern_info(impl_->code, PCRE2_INFO_ALLOPTIONS, &all);
    if ((all & PCRE2_ANCHORED) != 0) impl_->first_bytes = first_bytes_of(pattern, options);
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

bool Regex::tests_first_byte() const {
    return impl_->first_bytes.has_value();
}

std::optional<RegexMatch> Regex::find(std::string_view subject, std::size_t start) const {
    if (start > subject.size()) return std::nullopt;
    if (impl_->first_bytes && start < subject.size()) {
        unsigned byte = static_cast<unsigned char>(subject[start]);
        unsigned bits = (*impl_->first_bytes)[byte / 8];
        if (((bits >> (byte % 8)) & 1u) == 0) return std::nullopt;
    }
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
