// French as documents write it: dates ("09/12/2019", "le 06 JAN. 2020",
// "1er janvier 2016", "6 novembre 2019") and number words ("vingt-deux").
#pragma once

#include <unicode/uversion.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "utilities/regex.h"

U_NAMESPACE_BEGIN
class RuleBasedNumberFormat;
U_NAMESPACE_END

namespace perr {

struct FoundDate {
    std::string iso;   // YYYY-MM-DD
    std::size_t begin; // byte offsets in the searched text
    std::size_t end;
};

// 1..12 for a French month name or abbreviation ("janv", "JAN.", "août"); 0 otherwise.
int french_month(std::string_view word);

// A day that exists, in the years a protocol can mention (1900–2100).
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

// French number words read by ICU's French spell-out rules, so every
// number is known, not a list: "vingt-deux", "vingt et un", "quatre-vingt-dix",
// "cent vingt", "une", "Quinze"; digits too. Words are first spelled as the
// rules write them (hyphens, spaces beside cent and mille, lower case), then
// parsed strictly, once per spelling (the reader remembers them). Calls are
// serialised: they are few (a claim or two per document) and ICU does not
// promise thread-safe parsing.
class FrenchNumberReader {
  public:
    FrenchNumberReader();
    ~FrenchNumberReader();
    FrenchNumberReader(const FrenchNumberReader&) = delete;
    FrenchNumberReader& operator=(const FrenchNumberReader&) = delete;

    // The number `words` spell out, when they are wholly one number from 1
    // to 9999; 0 otherwise.
    int read(std::string_view words) const;

  private:
    int parse_spelled(const std::string& spelled) const; // with mutex_ held

    std::unique_ptr<icu::RuleBasedNumberFormat> spellout_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, int> parsed_; // spelling -> number (0: none)
};

} // namespace perr
