// Small text helpers on UTF-8. ASCII classification without <cctype>
// (locale-free, no UB on negative chars); French-aware folding for
// matching labels regardless of case, accents and typography.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace perr {

constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_lower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_ascii_alpha(char c) {
    return is_ascii_upper(c) || is_ascii_lower(c);
}
constexpr char ascii_lower(char c) {
    return is_ascii_upper(c) ? static_cast<char>(c + 32) : c;
}

std::string_view trim(std::string_view s);
std::string_view trim_right(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix); // ASCII case-insensitive

// Collapses runs of white space into one space and trims.
std::string collapse_spaces(std::string_view s);

// Lower case, accents removed, typographic quotes and dashes made ASCII,
// ligatures split: "Élever l’État" -> "elever l'etat". For matching only.
std::string fold(std::string_view s);

// Decodes one code point at s[i], advancing i; U+FFFD on a bad sequence.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

// True when the letters of s are all upper case (at least `min_letters`).
bool is_all_caps(std::string_view s, int min_letters = 2);

// The ASCII digits of `s`, counted up to `at_most` (a test of "five
// digits or more" stops at the fifth).
std::size_t count_ascii_digits(std::string_view s, std::size_t at_most);

// How many bytes of `s` are `c` (std::count reads one at a time; this
// reads 16, into byte counters).
std::size_t count_byte(std::string_view s, char c);

// Whether `s` holds `needle`: its first two bytes looked for 16 places at
// a time (string_view::find stops at every first byte, memmem builds a
// table on every call; both cost more on a line).
bool contains(std::string_view s, std::string_view needle);

// Whether a caseless pattern may find `stem` (ASCII, lower case) at the
// start of `text`: its letters in either case; a non-ASCII byte may be a
// letter Unicode takes for one (the Kelvin sign for k), so it may, then.
// A cheap test before an anchored pattern: inline, as callers test a
// line against a list of stems and most fail on the first byte.
inline bool may_start_with(std::string_view text, std::string_view stem) {
    if (text.size() < stem.size()) return false;
    for (std::size_t i = 0; i < stem.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
        if (ascii_lower(text[i]) != stem[i]) return false;
    }
    return true;
}

// Whether `s` holds `lower` (ASCII, lower case) in any ASCII case: a
// prefilter before a caseless regex that needs the word.
bool contains_ascii_caseless(std::string_view s, std::string_view lower);

// The lines of a text, split on '\n' as a loop reads them: empty lines
// kept, none after a final '\n'. Nothing is allocated, so a reader's pass
// over 50 MB costs no table of 400k views.
class Lines {
  public:
    explicit Lines(std::string_view text) : text_(text) {}
    class iterator {
      public:
        iterator(std::string_view text, std::size_t start) : text_(text), start_(start) {
            find_end();
        }
        std::string_view operator*() const { return text_.substr(start_, end_ - start_); }
        iterator& operator++() {
            start_ = end_ + 1;
            find_end();
            return *this;
        }
        bool operator==(const iterator& o) const { return start_ == o.start_; }

      private:
        void find_end() {
            if (start_ >= text_.size()) {
                start_ = end_ = text_.size() + 1; // past the end: no line after a final '\n'
                return;
            }
            end_ = std::min(text_.size(), text_.find('\n', start_));
        }
        std::string_view text_;
        std::size_t start_, end_ = 0;
    };
    iterator begin() const { return {text_, 0}; }
    iterator end() const { return {text_, text_.size() + 1}; }

  private:
    std::string_view text_;
};

// Removes inline markup: HTML tags, markdown '**' / '*' / '__' emphasis,
// pandoc's backslash escapes; collapses white space.
std::string strip_markup(std::string_view s);
// The same into `out`, whose capacity is reused.
void strip_markup_into(std::string_view s, std::string& out);
// The same without a copy where the result is part of `s` (no markup, or
// emphasis marks around plain text); else the stripped text, kept in `buffer`.
std::string_view strip_markup(std::string_view s, std::string& buffer);

} // namespace perr

namespace perr {

// "MOISSY - CRAMAYEL" -> "Moissy-Cramayel", "GRAND PARIS SUD" -> "Grand
// Paris Sud": a place name written in capitals, in the usual case.
std::string title_case_name(std::string_view caps);

} // namespace perr
