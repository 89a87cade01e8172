#include "utilities/decode.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#include "utilities/charsets.h"
#include "utilities/text.h"
#include "utilities/word_scan.h"

namespace perr {
namespace {

bool has_nul(std::string_view bytes) {
    return bytes.find('\0') != std::string_view::npos;
}

// End of the run of ASCII bytes from i, 8 bytes at a time.
std::size_t skip_ascii(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8)
        if (std::uint64_t high = word_scan::load(s, i) & word_scan::kHigh; high != 0)
            return i + word_scan::first(high);
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// The length of the well-formed sequence that starts at s[i] (a byte from
// 0x80), or 0.
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    int extra = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3, min = 0x10000;
    } else {
        return 0;
    }
    if (i + static_cast<std::size_t>(extra) >= s.size()) return 0;
    char32_t cp = c & (0x7F >> (extra + 1));
    for (int k = 1; k <= extra; ++k) {
        auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return static_cast<std::size_t>(extra) + 1;
}

} // namespace

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            i = skip_ascii(s, i);
            continue;
        }
        std::size_t n = valid_sequence_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

namespace {

// Every character PCRE2 (UCP) takes for \s beyond ASCII, and the other
// Unicode spaces: later stages collapse ' ' only.
bool is_unicode_space(char32_t cp) {
    return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// C1 control characters in text are windows-1252 bytes converted as if they
// were Latin-1 (U+0092 for a right quote): read as windows-1252 means them,
// as HTML5 does; U+0085 (NEL) becomes an ellipsis. Unassigned: 0 (dropped).
char32_t c1_as_windows_1252(char32_t cp) {
    static constexpr std::array<char32_t, 32> kMeaning{
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    return kMeaning[cp - 0x80];
}

// A character normalize_text replaces or drops.
bool changes(char32_t cp) {
    return is_unicode_space(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0x2060 ||
           (cp >= 0x80 && cp <= 0x9F);
}

// The lead bytes of the characters normalize_text changes (U+0080-U+00A0:
// C2; U+1680: E1; U+2000-U+2060: E2; U+3000: E3; U+FEFF: EF). A character
// led by any other byte is copied as it is: "é" (C3 A9) is no reason to
// stop a run, nor is "’" (E2 80 99) once decoded.
constexpr std::array<bool, 256> kMayChange = [] {
    std::array<bool, 256> t{};
    for (std::size_t b : {0xC2u, 0xE1u, 0xE2u, 0xE3u, 0xEFu}) t[b] = true;
    return t;
}();

// The first byte from i that is not ASCII or is CR, or s.size(); 8 bytes
// at a time (the lowest mark of a word is exact).
std::size_t next_high_or_cr(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = word_scan::load(s, i);
        std::uint64_t marks = (w & word_scan::kHigh) | word_scan::equal(w, '\r');
        if (marks != 0) return i + word_scan::first(marks);
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && s[i] != '\r') ++i;
    return i;
}

// Whether the bytes are well-formed UTF-8, and where normalize_text would
// first change them (npos: nowhere): is_valid_utf8's pass, stopping also at
// CR, and decoding the characters whose lead byte may mean a change. Most
// files need no change at all, and are then not read a second time.
struct Utf8Check {
    bool valid = true;
    std::size_t first_change = std::string_view::npos;
};

Utf8Check check_utf8(std::string_view s) {
    Utf8Check check;
    for (std::size_t i = 0; (i = next_high_or_cr(s, i)) < s.size();) {
        if (s[i] == '\r') {
            check.first_change = std::min(check.first_change, i);
            ++i;
            continue;
        }
        std::size_t n = valid_sequence_length(s, i);
        if (n == 0) return {false, check.first_change};
        if (check.first_change == std::string_view::npos &&
            kMayChange[static_cast<unsigned char>(s[i])]) {
            std::size_t next = i;
            if (changes(next_code_point(s, next))) check.first_change = i;
        }
        i += n;
    }
    return check;
}

// End of the run of bytes from i that normalize_text copies as they are:
// all but CR and the characters it changes. Most text is such runs; they
// are copied whole.
std::size_t skip_plain(std::string_view s, std::size_t i) {
    while ((i = next_high_or_cr(s, i)) < s.size() && s[i] != '\r') {
        if (!kMayChange[static_cast<unsigned char>(s[i])]) {
            ++i; // a lead or continuation byte copied as it is
            continue;
        }
        std::size_t next = i;
        if (changes(next_code_point(s, next))) break;
        i = next;
    }
    return i;
}

} // namespace

namespace {

// Where normalize_from writes: a string it appends to, or the bytes it
// reads from, written over behind the reading position.
struct AppendTo {
    std::string& out;
    bool fits(std::size_t /*n*/, std::size_t /*read*/) const { return true; }
    void put(const char* p, std::size_t n) { out.append(p, n); }
    void put(char c) { out += c; }
};

struct OverItself {
    char* data;
    std::size_t written = 0;
    bool fits(std::size_t n, std::size_t read) const { return written + n <= read; }
    void put(const char* p, std::size_t n) {
        if (p != data + written) std::memmove(data + written, p, n);
        written += n;
    }
    void put(char c) { data[written++] = c; }
};

// normalize_text's pass from i, into `sink`; where it stopped: s.size(),
// or a character that does not fit where the sink would write it.
template <class Sink>
std::size_t normalize_from(std::string_view s, std::size_t i, Sink& sink) {
    while (i < s.size()) {
        std::size_t plain = skip_plain(s, i);
        sink.put(s.data() + i, plain - i);
        if ((i = plain) == s.size()) break;
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            sink.put('\n');
            i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2u : 1u;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (is_unicode_space(cp)) {
            sink.put(' ');
        } else if (cp == 0x200B || cp == 0xFEFF || cp == 0x2060) {
            // zero-width: dropped
        } else if (cp >= 0x80 && cp <= 0x9F) {
            std::string meant;
            if (char32_t m = c1_as_windows_1252(cp)) append_utf8(meant, m);
            if (!sink.fits(meant.size(), i)) return start;
            sink.put(meant.data(), meant.size());
        } else {
            sink.put(s.data() + start, i - start);
        }
    }
    return s.size();
}

} // namespace

std::string normalize_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    AppendTo sink{out};
    normalize_from(s, 0, sink);
    return out;
}

namespace {

// normalize_text_in_place where the bytes before `from` are known to stay.
void normalize_in_place_from(std::string& s, std::size_t from) {
    OverItself sink{s.data(), from};
    std::size_t stop = normalize_from(s, from, sink);
    if (stop == s.size()) {
        s.resize(sink.written);
        return;
    }
    std::string rest = normalize_text(std::string_view(s).substr(stop));
    s.resize(sink.written);
    s += rest;
}

} // namespace

void normalize_text_in_place(std::string& s) {
    normalize_in_place_from(s, 0);
}

namespace {

// Well-formed multi-byte sequences, and the longest run of bytes that
// belong to none, in one region (a line) of an 8-bit text.
struct Utf8Census {
    std::size_t multibyte = 0;
    std::size_t invalid = 0;
    std::size_t longest_invalid_run = 0;
};

Utf8Census census(std::string_view s) {
    Utf8Census c;
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = static_cast<unsigned char>(s[i]) < 0x80 ? 1 : valid_sequence_length(s, i);
        if (n == 0) {
            ++c.invalid;
            c.longest_invalid_run = std::max(c.longest_invalid_run, ++run);
            ++i;
            continue;
        }
        c.multibyte += n > 1 ? 1 : 0;
        run = 0;
        i += n;
    }
    return c;
}

// Damaged UTF-8 (a bad copy, a truncated download): each bad byte becomes
// U+FFFD and is counted.
void append_repaired(std::string& out, std::string_view s, std::size_t& replaced) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out += s[i++];
        } else if (std::size_t n = valid_sequence_length(s, i)) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++replaced;
            ++i;
        }
    }
}

// A region with no UTF-8 in it whose other bytes come alone or in short
// runs ("\xE9t\xE9", "\xAB\xA0") is legacy text; a longer run is damage.
bool reads_as_legacy(const Utf8Census& c) {
    return c.invalid > 0 && c.multibyte == 0 && c.longest_invalid_run <= 3;
}

// UTF-8 text with some regions that are not: each line is decided alone,
// so a few damaged bytes never turn the whole file into mojibake and a
// legacy paragraph pasted into a UTF-8 file is still read.
std::string decode_by_line(std::string_view bytes, const std::string& legacy, DecodedText& result) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    int line_number = 0;
    for (std::size_t start = 0; start < bytes.size();) {
        ++line_number;
        std::size_t nl = bytes.find('\n', start);
        std::size_t end = nl == std::string_view::npos ? bytes.size() : nl + 1;
        std::string_view line = bytes.substr(start, end - start);
        start = end;
        Utf8Census c = census(line);
        if (c.invalid == 0) {
            out.append(line);
        } else if (reads_as_legacy(c)) {
            out += charset_to_utf8(line, legacy.c_str(), result.replaced);
            if (result.legacy_lines++ == 0) result.first_legacy_line = line_number;
        } else {
            append_repaired(out, line, result.replaced);
        }
    }
    if (result.legacy_lines > 0) result.legacy_charset = legacy;
    if (result.legacy_lines > 0)
        result.encoding += " (" + std::to_string(result.legacy_lines) + " line(s) " + legacy + ")";
    return out;
}

// Bytes that are not all well-formed UTF-8.
std::string decode_8bit(std::string_view bytes, bool bom, DecodedText& result) {
    result.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    std::string legacy = declared_legacy_charset(bytes);
    if (bom || census(bytes).multibyte > 0) {
        if (legacy.empty()) legacy = "windows-1252";
        return decode_by_line(bytes, legacy, result);
    }
    // No UTF-8 at all: the declared charset, else ICU's guess.
    result.encoding = legacy.empty() ? guess_legacy_charset(bytes) : legacy;
    return charset_to_utf8(bytes, result.encoding.c_str(), result.replaced);
}

// A byte-order mark naming a wide encoding, and its length.
std::pair<const char*, std::size_t> wide_bom(std::string_view bytes) {
    if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return {"UTF-32LE", 4};
    if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return {"UTF-32BE", 4};
    if (bytes.starts_with("\xFF\xFE")) return {"UTF-16LE", 2};
    if (bytes.starts_with("\xFE\xFF")) return {"UTF-16BE", 2};
    return {nullptr, 0};
}

Error binary_file() {
    return {ErrorKind::binary, "binary file (contains NUL bytes)"};
}

Result<DecodedText> checked_not_blank(DecodedText result) {
    if (trim(result.text).empty()) return Error{ErrorKind::empty, "empty file (only white space)"};
    return result;
}

} // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
        } else if (std::size_t n = valid_sequence_length(bytes, i)) {
            i += n;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

namespace {

// decode, normalizing UTF-8 in `owner`'s buffer (which `bytes` views) if any.
Result<DecodedText> decode_bytes(std::string_view bytes, std::string* owner) {
    if (bytes.empty()) return Error{ErrorKind::empty, "empty file"};
    DecodedText result;
    std::string utf8;
    if (auto [charset, bom_size] = wide_bom(bytes); charset != nullptr) {
        result.encoding = charset;
        utf8 = charset_to_utf8(bytes.substr(bom_size), charset, result.replaced);
    } else {
        if (has_nul(bytes)) return binary_file();
        bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
        if (bom) bytes.remove_prefix(3);
        // The common case: UTF-8, normalized straight from the bytes where
        // it needs to be (most files need nothing).
        if (Utf8Check check = check_utf8(bytes); check.valid) {
            result.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
            bool unchanged = check.first_change == std::string_view::npos;
            if (owner == nullptr) {
                result.text = unchanged ? std::string(bytes) : normalize_text(bytes);
            } else {
                owner->erase(0, bom ? 3 : 0);
                if (!unchanged) normalize_in_place_from(*owner, check.first_change);
                result.text = std::move(*owner);
            }
            return checked_not_blank(std::move(result));
        }
        utf8 = decode_8bit(bytes, bom, result);
    }
    if (has_nul(utf8)) return binary_file(); // UTF-16 zeros, UTF-7 "+AAA-"
    normalize_text_in_place(utf8);
    result.text = std::move(utf8);
    return checked_not_blank(std::move(result));
}

} // namespace

Result<DecodedText> decode(std::string_view bytes) {
    return decode_bytes(bytes, nullptr);
}

Result<DecodedText> decode_owned(std::string bytes) {
    return decode_bytes(bytes, &bytes);
}

} // namespace perr
