// French dates as documents write them: "09/12/2019", "le 06 JAN. 2020",
// "1er janvier 2016", "6 novembre 2019".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/regex.h"

namespace perr {

struct FoundDate {
    std::string iso;   // YYYY-MM-DD
    std::size_t begin; // byte offsets in the searched text
    std::size_t end;
};

// 1..12 for a French month name or abbreviation ("janv", "JAN.", "août"); 0 otherwise.
int french_month(std::string_view word);

bool is_calendar_date(int year, int month, int day);

class DateFinder {
  public:
    DateFinder();
    // Every well-formed calendar date in `text`, in order.
    std::vector<FoundDate> find_all(std::string_view text) const;

  private:
    Regex numeric_;
    Regex written_;
};

} // namespace perr
