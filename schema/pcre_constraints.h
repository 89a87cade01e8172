// The checks valijson runs for the keywords schema_guard renamed: `pattern`
// with PCRE2 under its match limits (a limit reached is "does not match",
// never a retry in a slower engine), and `format` date, time and date-time
// checked by hand (valijson would use std::regex). Other formats are
// annotations, as draft-07 allows.
#pragma once

#include "utilities/regex.h"

namespace valijson {
class SchemaParser;
}

namespace perr {

// Limits for a user's pattern: enough for any sane pattern on a long
// title, small enough that a catastrophic one gives up in about a
// millisecond per string.
inline constexpr RegexLimits kSchemaPatternLimits{100'000, 10'000};

void add_regex_free_constraints(valijson::SchemaParser& parser);

} // namespace perr
