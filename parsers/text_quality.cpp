#include "parsers/text_quality.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "utilities/text.h"
#include "utilities/word_scan.h"

namespace perr {
namespace {

// The commonest French words: a quarter or more of any French text, of
// prose or of lists of objectives alike. None is longer than four letters.
constexpr std::array<std::string_view, 28> kCommonWords{
    "de",  "la",  "le",   "les", "et",  "des",  "en",   "du",   "a", "pour",
    "un",  "une", "dans", "au",  "aux", "par",  "sur",  "avec", "l", "d",
    "est", "qui", "que",  "ou",  "ses", "leur", "plus", "ce"};

// A word of up to four bytes as one number (its bytes and its length), so
// that the census compares integers, not strings; 0 for a longer word.
constexpr std::uint64_t word_key(std::string_view w) {
    if (w.size() > 4) return 0;
    std::uint64_t key = w.size();
    for (char c : w) key = key << 8 | static_cast<unsigned char>(c);
    return key;
}

constexpr std::array<std::uint64_t, kCommonWords.size()> kCommonKeys = [] {
    std::array<std::uint64_t, kCommonWords.size()> keys{};
    for (std::size_t i = 0; i < kCommonWords.size(); ++i) keys[i] = word_key(kCommonWords[i]);
    return keys;
}();

// An ASCII letter's lower case, 0 for any other byte.
constexpr std::array<char, 256> kAsciiLetterLower = [] {
    std::array<char, 256> t{};
    for (char c = 'a'; c <= 'z'; ++c)
        t[static_cast<unsigned char>(c)] = t[static_cast<unsigned char>(c - 32)] = c;
    return t;
}();

// The common words' keys in 64 slots, open addressing: a word is looked
// up in a probe or two, not 28 comparisons (half the words are short).
constexpr std::size_t kSlots = 64;
constexpr std::size_t slot_of(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 58);
}

constexpr std::array<std::uint64_t, kSlots> kCommonTable = [] {
    std::array<std::uint64_t, kSlots> t{};
    for (std::uint64_t key : kCommonKeys) {
        std::size_t at = slot_of(key);
        while (t[at] != 0) at = (at + 1) % kSlots;
        t[at] = key;
    }
    return t;
}();

bool is_common(std::string_view w) {
    std::uint64_t key = word_key(w);
    if (key == 0) return false;
    for (std::size_t at = slot_of(key); kCommonTable[at] != 0; at = (at + 1) % kSlots)
        if (kCommonTable[at] == key) return true;
    return false;
}

// Letters (anything but white space, for this test) and broken
// characters (replacement, private use) of a whole text: the first test.
struct CharacterCensus {
    std::size_t letters = 0, broken = 0;
    std::size_t ascii_letters = 0; // A-Z, a-z: what count_words' bound needs
};

// Well-formed UTF-8 has one lead byte (0xC0 and up) per character beyond
// ASCII, so the census counts bytes, 16 at a time, into byte counters (a
// mark is 0xFF, -1: subtracting it adds one), summed every 255 blocks:
// ASCII above ' ' and lead bytes are characters, continuation bytes
// (0x80-0xBF) are not. Every broken character starts with 0xEE or 0xEF
// (U+E000-U+F8FF, U+FFFD): only where a block holds a byte from 0xEE up
// are its characters decoded, to take the broken ones from the letters.
CharacterCensus count_characters(std::string_view utf8) {
    using word_scan::Block, word_scan::below, word_scan::splat;
    CharacterCensus census;
    std::size_t characters = 0, i = 0;
    auto count_broken = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to; ++j) {
            if (static_cast<unsigned char>(utf8[j]) < 0xEE) continue;
            std::size_t at = j;
            char32_t cp = next_code_point(utf8, at);
            census.broken += cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) ? 1u : 0u;
        }
    };
    while (i + 16 <= utf8.size()) {
        Block char_counts{}, letter_counts{};
        for (int n = 0; n < 255 && i + 16 <= utf8.size(); ++n, i += 16) {
            Block b = word_scan::load_block(utf8, i);
            char_counts -= below(b - splat(0x21), 0x5F) | ~below(b, 0xC0);
            letter_counts -= below((b | splat(0x20)) - splat('a'), 26);
            if (word_scan::any(~below(b, 0xEE))) count_broken(i, i + 16);
        }
        characters += word_scan::sum(char_counts);
        census.ascii_letters += word_scan::sum(letter_counts);
    }
    count_broken(i, utf8.size());
    for (; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        characters += (c > ' ' && c < 0x80) || c >= 0xC0 ? 1u : 0u;
        census.ascii_letters += is_ascii_alpha(static_cast<char>(c)) ? 1u : 0u;
    }
    census.letters = characters - census.broken;
    return census;
}

// Words, and the common French words among them, ASCII-folded (accented
// letters end a word, which is enough here). The count stops once the
// bytes left could not bring the share of common words under 1 in 20,
// even were they all uncommon words: a word ends at a byte that is no
// ASCII letter (or at the end), or holds one (a leading "à"), so the words
// left are at most the bytes left that are no ASCII letter, and at most
// half the bytes left. French text settles in its first sixth or so.
struct CommonWordCount {
    std::size_t words = 0, common = 0;
};

CommonWordCount count_words(std::string_view utf8, std::size_t ascii_letters) {
    CommonWordCount census;
    char word[8];
    std::size_t len = 0, letters_seen = 0;
    bool in_tag = false;
    auto end_word = [&] {
        if (len > 0) {
            ++census.words;
            if (len <= 4 && is_common(std::string_view(word, len))) ++census.common;
        }
        len = 0;
    };
    auto settled = [&](std::size_t i) {
        std::size_t other_bytes_left = (utf8.size() - i) - (ascii_letters - letters_seen);
        std::size_t most_words_left = std::min((utf8.size() - i) / 2, other_bytes_left) + 2;
        return census.common * 20 >= census.words + most_words_left;
    };
    for (std::size_t i = 0, next_look = 4096; i < utf8.size();) {
        if (i >= next_look) {
            if (settled(i)) return census;
            next_look = i + 4096;
        }
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            ++i;
            char ch = kAsciiLetterLower[c];
            letters_seen += ch != 0 ? 1u : 0u;
            if (ch != 0 && !in_tag) {
                if (len < sizeof word) word[len] = ch;
                ++len;
                continue;
            }
            if (c == '<') in_tag = true;
            if (c == '>') in_tag = false;
            end_word();
            continue;
        }
        char32_t cp = next_code_point(utf8, i);
        if (cp == 0xE0 && len == 0) { // "à", a common word on its own
            word[len++] = 'a';
            continue;
        }
        end_word();
    }
    end_word();
    return census;
}

} // namespace

Result<void> check_not_garbled(std::string_view utf8) {
    CharacterCensus chars = count_characters(utf8);
    if (chars.letters > 100 && chars.broken * 20 > chars.letters)
        return Error(ErrorKind::garbled, "text looks garbled: " + std::to_string(chars.broken) +
                                             " replacement or private-use characters");
    CommonWordCount words = count_words(utf8, chars.ascii_letters);
    if (words.words >= 60 && words.common * 20 < words.words)
        return Error(ErrorKind::garbled,
                     "text looks garbled (a shifted font or a broken extraction?): " +
                         std::to_string(words.common) + " of " + std::to_string(words.words) +
                         " words are common French words");
    return {};
}

namespace {

bool is_vowel(char32_t cp) {
    if (cp < 0x80)
        return cp == 'a' || cp == 'e' || cp == 'i' || cp == 'o' || cp == 'u' || cp == 'y';
    constexpr std::u32string_view kVowels = U"aeiouy\u00E0\u00E2\u00E4\u00E6\u00E8\u00E9\u00EA"
                                            U"\u00EB\u00EE\u00EF\u00F4\u00F6\u00F9\u00FB"
                                            U"\u00FC\u00FF\u0153";
    return kVowels.find(cp) != std::u32string_view::npos;
}

// Lower case for ASCII and Latin-1 letters (and Œ); 0 for anything else.
char32_t letter_lower(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 'a' && cp <= 'z') return cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return cp;
    if (cp == 0x152 || cp == 0x153) return 0x153;
    return 0;
}

} // namespace

namespace {

// Counts of one line's words for looks_garbled_line; acronyms left out.
struct WordCensus {
    std::size_t letters = 0, vowels = 0, words = 0, common = 0;
    // The word being read: its first letters (ASCII-folded) and counts.
    char word[8];
    std::size_t len = 0, word_vowels = 0, capitals = 0;
    bool accented = false;

    void letter(char32_t lower, bool capital) {
        if (lower < 0x80) {
            if (len < sizeof word) word[len] = static_cast<char>(lower);
        } else if (lower == 0xE0 && len == 0) {
            word[0] = 'a'; // "à", a common word on its own
        } else {
            accented = true; // no common word but "à" has an accent
        }
        ++len;
        word_vowels += is_vowel(lower) ? 1u : 0u;
        capitals += capital ? 1u : 0u;
    }
    // An acronym ("QPV", "NPNRU") is no word of the language: not counted.
    void end_word() {
        bool acronym = len > 1 && len <= 5 && capitals == len;
        if (len > 0 && !acronym) {
            ++words;
            bool plain = !accented || (len == 1 && word[0] == 'a');
            common += plain && len <= 4 && is_common(std::string_view(word, len)) ? 1u : 0u;
            letters += len;
            vowels += word_vowels;
        }
        len = word_vowels = capitals = 0;
        accented = false;
    }
};

} // namespace

namespace {

// Per byte: 1 for a letter (an ASCII letter, or the lead byte of a Latin-1
// letter or œ: 0xC3, 0xC5), plus 1 << 32 for a vowel among them (0xC3 leads
// are mostly accented vowels): one load and one addition per byte count
// both, for the bytes plainly_language reads after its last block.
constexpr std::uint64_t kVowel = std::uint64_t{1} << 32;
constexpr std::array<std::uint64_t, 256> kLetterBytes = [] {
    std::array<std::uint64_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[static_cast<std::size_t>(c)] = t[static_cast<std::size_t>(c - 32)] = 1;
    for (char v : std::string_view("aeiouyAEIOUY")) t[static_cast<unsigned char>(v)] = 1 + kVowel;
    t[0xC3] = 1 + kVowel;
    t[0xC5] = 1;
    return t;
}();

} // namespace

// Sixteen bytes at a time, each byte's letters and vowels counted in a
// block of byte counters (a mark is 0xFF, -1: subtracting it adds one),
// summed every 255 blocks; the bytes after the last block by the table.
// With bit 0x20 set an ASCII letter is lower case and no other byte
// becomes one: one subtraction tests a-z, six comparisons the vowels.
bool plainly_language(std::string_view utf8) {
    using word_scan::Block, word_scan::below, word_scan::equal, word_scan::splat;
    std::size_t letters = 0, vowels = 0, i = 0;
    while (i + 16 <= utf8.size()) {
        Block letter_counts{}, vowel_counts{};
        for (int n = 0; n < 255 && i + 16 <= utf8.size(); ++n, i += 16) {
            Block b = word_scan::load_block(utf8, i);
            Block lower = b | splat(0x20);
            Block latin = equal(b, 0xC3); // mostly accented vowels
            letter_counts -= below(lower - splat('a'), 26) | latin | equal(b, 0xC5);
            vowel_counts -= equal(lower, 'a') | equal(lower, 'e') | equal(lower, 'i') |
                            equal(lower, 'o') | equal(lower, 'u') | equal(lower, 'y') | latin;
        }
        letters += word_scan::sum(letter_counts);
        vowels += word_scan::sum(vowel_counts);
    }
    std::uint64_t tail = 0; // a line is shorter than 4 GB
    for (; i < utf8.size(); ++i) tail += kLetterBytes[static_cast<unsigned char>(utf8[i])];
    letters += static_cast<std::size_t>(tail & (kVowel - 1));
    vowels += static_cast<std::size_t>(tail >> 32);
    return letters < 12 || vowels * 100 >= letters * 36;
}

// A cheap pass first; then one pass by word, ASCII bytes read without
// decoding.
namespace {

// A web address: its letters are a host's and a path's, not words.
bool starts_address(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.");
}

} // namespace

bool looks_garbled_line(std::string_view utf8) {
    if (plainly_language(utf8)) return false;
    WordCensus census;
    for (std::size_t i = 0; i < utf8.size();) {
        if (starts_address(utf8.substr(i))) { // "https://www.xyz.fr/plan.htm" is no French
            census.end_word();
            i = std::min(utf8.size(), utf8.find_first_of(" \t", i));
            continue;
        }
        auto byte = static_cast<unsigned char>(utf8[i]);
        char32_t cp = byte;
        if (byte < 0x80)
            ++i;
        else
            cp = next_code_point(utf8, i);
        char32_t lower = letter_lower(cp);
        if (lower == 0)
            census.end_word();
        else
            census.letter(lower, lower != cp);
    }
    census.end_word();
    if (census.letters < 12) return false;
    // French is about 45% vowels; shifted fonts fall far below.
    if (census.vowels * 100 < census.letters * 22) return true;
    return census.vowels * 100 < census.letters * 32 && census.words >= 3 && census.common == 0 &&
           census.letters >= 24;
}

} // namespace perr
