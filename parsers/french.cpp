#include "parsers/french.h"

#include <unicode/rbnf.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <stdexcept>

#include "parsers/text.h"

namespace perr {
namespace {

struct MonthName {
    std::string_view folded;
    int month;
};

// Folded (lower case, no accents); abbreviations as printed on documents.
constexpr std::array<MonthName, 30> kMonths{{
    {"janvier", 1}, {"janv", 1},      {"jan", 1},     {"fevrier", 2},   {"fevr", 2},
    {"fev", 2},     {"mars", 3},      {"mar", 3},     {"avril", 4},     {"avr", 4},
    {"mai", 5},     {"juin", 6},      {"juillet", 7}, {"juil", 7},      {"aout", 8},
    {"aou", 8},     {"septembre", 9}, {"sept", 9},    {"sep", 9},       {"octobre", 10},
    {"oct", 10},    {"novembre", 11}, {"nov", 11},    {"decembre", 12}, {"dec", 12},
    {"january", 1}, {"february", 2},  {"march", 3},   {"april", 4},     {"december", 12},
}};

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) {
        if (!is_ascii_digit(c)) return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string iso(int y, int m, int d) {
    std::array<char, 48> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", y, m, d);
    return buf.data();
}

constexpr std::string_view kMonthAlternation =
    R"((janvier|janv|jan|f[ée]vrier|f[ée]vr|f[ée]v|mars|mar|avril|avr|mai|juin|juillet|juil|ao[uû]t|ao[uû]|)"
    R"(septembre|sept|sep|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c))";

} // namespace

int french_month(std::string_view word) {
    std::string f = fold(word);
    while (!f.empty() && f.back() == '.') f.pop_back();
    for (const MonthName& m : kMonths)
        if (f == m.folded) return m.month;
    return 0;
}

bool is_calendar_date(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int max = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
    return day <= max;
}

DateFinder::DateFinder()
    : numeric_(R"((?<![0-9/])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9]))"),
      written_(std::string(R"((?<![0-9])([0-9]{1,2})(?:er)?\s+)") + std::string(kMonthAlternation) +
               R"(\.?\s+([0-9]{4})(?![0-9]))") {}

std::vector<FoundDate> DateFinder::find_all(std::string_view text) const {
    std::vector<FoundDate> out;
    std::size_t pos = 0;
    while (auto m = numeric_.find(text, pos)) {
        int d = to_int((*m)[1]), mo = to_int((*m)[2]), y = to_int((*m)[3]);
        if (is_calendar_date(y, mo, d)) out.push_back({iso(y, mo, d), m->begin, m->end});
        pos = m->end;
    }
    pos = 0;
    while (auto m = written_.find(text, pos)) {
        int d = to_int((*m)[1]), mo = french_month((*m)[2]), y = to_int((*m)[3]);
        if (is_calendar_date(y, mo, d)) out.push_back({iso(y, mo, d), m->begin, m->end});
        pos = m->end;
    }
    std::sort(out.begin(), out.end(),
              [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
    return out;
}

FrenchNumberReader::FrenchNumberReader() {
    UErrorCode status = U_ZERO_ERROR;
    spellout_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                             icu::Locale::getFrench(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no French spell-out rules");
    spellout_->setLenient(true);
}

FrenchNumberReader::~FrenchNumberReader() = default;

int FrenchNumberReader::read(std::string_view words) const {
    words = trim(words);
    if (words.empty()) return 0;
    if (std::all_of(words.begin(), words.end(), is_ascii_digit))
        return words.size() <= 4 ? to_int(words) : 0;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(words.data(), static_cast<int32_t>(words.size())));
    icu::Formattable value;
    icu::ParsePosition position(0);
    {
        std::lock_guard lock(mutex_);
        spellout_->parse(text, value, position);
    }
    UErrorCode status = U_ZERO_ERROR;
    auto n = value.getInt64(status);
    bool whole = position.getErrorIndex() < 0 && position.getIndex() == text.length();
    return whole && U_SUCCESS(status) && n >= 1 && n <= 9999 ? static_cast<int>(n) : 0;
}

} // namespace perr
