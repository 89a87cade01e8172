// JSON Schema `format` checks written without regular expressions:
// date (YYYY-MM-DD, a real calendar date), time and date-time (RFC 3339).
// Other format names are annotations: every string conforms.
#pragma once

#include <string_view>

namespace perr {

bool conforms_to_format(std::string_view format, std::string_view value);

bool is_calendar_date(std::string_view s); // "2020-02-29"
bool is_rfc3339_time(std::string_view s);  // "12:30:00Z", "12:30:00.5+01:00"

} // namespace perr
