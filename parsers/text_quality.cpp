#include "parsers/text_quality.h"

#include <array>

#include "parsers/text.h"

namespace perr {
namespace {

// The commonest French words: a quarter or more of any French text, of
// prose or of lists of objectives alike.
constexpr std::array<std::string_view, 28> kCommonWords{
    "de",  "la",  "le",   "les", "et",  "des",  "en",   "du",   "a", "pour",
    "un",  "une", "dans", "au",  "aux", "par",  "sur",  "avec", "l", "d",
    "est", "qui", "que",  "ou",  "ses", "leur", "plus", "ce"};

struct WordCensus {
    std::size_t words = 0;
    std::size_t common = 0;
};

WordCensus count_words(std::string_view folded) {
    WordCensus c;
    std::size_t i = 0;
    bool in_tag = false;
    while (i < folded.size()) {
        char ch = folded[i];
        if (ch == '<') in_tag = true;
        if (ch == '>') in_tag = false;
        if (in_tag || !is_ascii_lower(ch)) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < folded.size() && is_ascii_lower(folded[i])) ++i;
        std::string_view w = folded.substr(start, i - start);
        ++c.words;
        for (std::string_view common : kCommonWords)
            if (w == common) {
                ++c.common;
                break;
            }
    }
    return c;
}

} // namespace

std::optional<std::string> garbled_text_reason(std::string_view utf8) {
    std::size_t letters = 0, broken = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = next_code_point(utf8, i);
        if (cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF))
            ++broken; // replacement, private use
        else if (cp > ' ')
            ++letters;
    }
    if (letters > 100 && broken * 20 > letters)
        return "text looks garbled: " + std::to_string(broken) +
               " replacement or private-use characters";
    WordCensus c = count_words(fold(utf8.substr(0, 1 << 20)));
    if (c.words >= 60 && c.common * 20 < c.words)
        return "text looks garbled (a shifted font or a broken extraction?): " +
               std::to_string(c.common) + " of " + std::to_string(c.words) +
               " words are common French words";
    return std::nullopt;
}

} // namespace perr
