#include "schema/format_checks.h"

#include <array>

#include "utilities/calendar.h"

namespace perr {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n, int& value) {
    if (from + n > s.size()) return false;
    value = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

// "Z", or "+HH:MM" / "-HH:MM".
bool is_offset(std::string_view s) {
    if (s == "Z" || s == "z") return true;
    int h = 0, m = 0;
    return s.size() == 6 && (s[0] == '+' || s[0] == '-') && digits(s, 1, 2, h) && s[3] == ':' &&
           digits(s, 4, 2, m) && h <= 23 && m <= 59;
}

} // namespace

bool is_calendar_date(std::string_view s) {
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) ||
        s[7] != '-' || !digits(s, 8, 2, d))
        return false;
    return is_valid_day(y, m, d);
}

bool is_rfc3339_time(std::string_view s) {
    int h = 0, m = 0, sec = 0;
    if (!digits(s, 0, 2, h) || s.size() < 8 || s[2] != ':' || !digits(s, 3, 2, m) || s[5] != ':' ||
        !digits(s, 6, 2, sec) || h > 23 || m > 59 || sec > 60)
        return false;
    std::size_t i = 8;
    if (i < s.size() && s[i] == '.') {
        std::size_t start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start) return false;
    }
    return is_offset(s.substr(i));
}

bool conforms_to_format(std::string_view format, std::string_view value) {
    if (format == "date") return is_calendar_date(value);
    if (format == "time") return is_rfc3339_time(value);
    if (format == "date-time") {
        std::size_t t = value.find_first_of("Tt");
        return t == 10 && is_calendar_date(value.substr(0, 10)) &&
               is_rfc3339_time(value.substr(11));
    }
    return true;
}

} // namespace perr
