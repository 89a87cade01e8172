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

bool is_common(std::string_view w) {
    if (w.size() > 4) return false; // all but five of them are short: prune first
    for (std::string_view common : kCommonWords)
        if (w == common) return true;
    return false;
}

} // namespace

// One pass: code points for broken characters, ASCII-folded words for the
// common-word count (accented letters end a word, which is enough here).
std::optional<std::string> garbled_text_reason(std::string_view utf8) {
    std::size_t letters = 0, broken = 0, words = 0, common = 0;
    char word[8];
    std::size_t len = 0;
    bool in_tag = false;
    auto end_word = [&] {
        if (len > 0) {
            ++words;
            if (len <= 4 && is_common(std::string_view(word, len))) ++common;
        }
        len = 0;
    };
    for (std::size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            ++i;
            char ch = ascii_lower(static_cast<char>(c));
            if (ch == '<') in_tag = true;
            if (ch == '>') in_tag = false;
            if (ch > ' ') ++letters;
            if (!in_tag && is_ascii_lower(ch)) {
                if (len < sizeof word) word[len] = ch;
                ++len;
                continue;
            }
            end_word();
            continue;
        }
        char32_t cp = next_code_point(utf8, i);
        if (cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF))
            ++broken; // replacement, private use
        else
            ++letters;
        if (cp == 0xE0 && len == 0) { // "à", a common word on its own
            word[len++] = 'a';
            continue;
        }
        end_word();
    }
    end_word();
    if (letters > 100 && broken * 20 > letters)
        return "text looks garbled: " + std::to_string(broken) +
               " replacement or private-use characters";
    if (words >= 60 && common * 20 < words)
        return "text looks garbled (a shifted font or a broken extraction?): " +
               std::to_string(common) + " of " + std::to_string(words) +
               " words are common French words";
    return std::nullopt;
}

} // namespace perr
