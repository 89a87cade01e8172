#include "parsers/french.h"

#include <unicode/rbnf.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <stdexcept>

#include "utilities/calendar.h"
#include "utilities/text.h"

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
    return year >= 1900 && year <= 2100 && is_valid_day(year, month, day);
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
}

FrenchNumberReader::~FrenchNumberReader() = default;

namespace {

// No number up to 9999 takes more words than this ("neuf mille neuf cent
// quatre-vingt-dix-neuf": 8); a longer run is not one number.
constexpr std::size_t kMostNumberParts = 10;
// Spellings remembered at most; past this the memory starts over (the
// words of a batch of documents are not bounded by the vocabulary alone).
constexpr std::size_t kMostRemembered = 1024;

// "deux cent" and "quatre vingt" at the end of a number, the plural's s
// forgotten (a common slip), are what the writer meant: 200 and 80.
void restore_final_plural(std::vector<std::string>& parts) {
    if (parts.size() < 2) return;
    const std::string& before = parts[parts.size() - 2];
    std::string& last = parts.back();
    if ((last == "cent" && before != "mille" && before != "et") ||
        (last == "vingt" && before == "quatre"))
        last += 's';
}

// The spelling ICU's rules write, so that their strict parse reads it:
// lower case, a space beside "cent(s)" and "mille", hyphens elsewhere
// ("Vingt et un" -> "vingt-et-un", "quatre vingt dix" -> "quatre-vingt-dix",
// "deux-cent-vingt" -> "deux cent vingt"). (ICU's lenient parse accepts
// these too, but builds a collator on first use: 70 M instructions.)
// Empty when the words are too many to be one number.
std::string spellout_form(std::string_view words) {
    std::vector<std::string> parts;
    std::string word;
    for (char c : fold(words)) {
        if (c == ' ' || c == '-' || c == '\t') {
            if (!word.empty()) parts.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) parts.push_back(std::move(word));
    if (parts.size() > kMostNumberParts) return {};
    restore_final_plural(parts);
    auto spaced = [](const std::string& w) { return w == "cent" || w == "cents" || w == "mille"; };
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += spaced(parts[i - 1]) || spaced(parts[i]) ? ' ' : '-';
        out += parts[i];
    }
    return out;
}

} // namespace

int FrenchNumberReader::read(std::string_view words) const {
    words = trim(words);
    if (words.empty()) return 0;
    if (std::all_of(words.begin(), words.end(), is_ascii_digit))
        return words.size() <= 4 ? to_int(words) : 0;
    std::string spelled = spellout_form(words);
    if (spelled.empty()) return 0;
    // ICU does not promise that a formatter's const calls are thread-safe;
    // and a parse costs about 3 M instructions, so each spelling is parsed once.
    std::lock_guard lock(mutex_);
    if (parsed_.size() >= kMostRemembered) parsed_.clear();
    auto [known, fresh] = parsed_.try_emplace(spelled, 0);
    if (fresh) known->second = parse_spelled(spelled);
    return known->second;
}

int FrenchNumberReader::parse_spelled(const std::string& spelled) const {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(spelled.data(), static_cast<int32_t>(spelled.size())));
    icu::Formattable value;
    icu::ParsePosition position(0);
    spellout_->parse(text, value, position);
    UErrorCode status = U_ZERO_ERROR;
    auto n = value.getInt64(status);
    bool whole = position.getErrorIndex() < 0 && position.getIndex() == text.length();
    return whole && U_SUCCESS(status) && n >= 1 && n <= 9999 ? static_cast<int>(n) : 0;
}

} // namespace perr
