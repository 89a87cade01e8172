// Gregorian calendar facts, in one place.
#pragma once

namespace perr {

// Whether the day exists: month 1–12, day within the month (29 February in
// leap years only). Any year.
bool is_valid_day(int year, int month, int day);

} // namespace perr
