#include "parsers/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "parsers/text.h"

namespace perr {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Every byte as the code point of the same value: never fails, always valid.
std::string latin1_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) append_utf8(out, static_cast<unsigned char>(c));
    return out;
}

// Converts with ICU; invalid input becomes U+FFFD and is counted.
std::string to_utf8(std::string_view bytes, const char* charset, std::size_t& replaced) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status)) { // an unknown declared name: the usual Western charset
        status = U_ZERO_ERROR;
        conv.reset(ucnv_open("windows-1252", &status));
    }
    if (U_FAILURE(status)) return latin1_to_utf8(bytes);
    std::u16string utf16(bytes.size() + 1, u'\0');
    status = U_ZERO_ERROR;
    int32_t n = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                              bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) return latin1_to_utf8(bytes);
    std::string out;
    out.reserve(static_cast<std::size_t>(n) + bytes.size() / 2);
    for (int32_t i = 0; i < n; ++i) {
        char32_t cp = utf16[static_cast<std::size_t>(i)];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n) {
            char32_t lo = utf16[static_cast<std::size_t>(i) + 1];
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                ++i;
            }
        }
        if (cp == 0xFFFD || (cp >= 0xD800 && cp <= 0xDFFF)) {
            ++replaced;
            cp = 0xFFFD;
        }
        append_utf8(out, cp);
    }
    return out;
}

// "<meta charset=windows-1252>" or "content=\"text/html; charset=…\"" in
// the first kilobytes of an HTML page: the charset its author declared.
std::string declared_charset(std::string_view bytes) {
    std::string head;
    for (char c : bytes.substr(0, 4096)) head += ascii_lower(c);
    std::size_t at = head.find("charset=");
    if (at == std::string::npos) return {};
    std::size_t b = at + 8;
    while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' ')) ++b;
    std::size_t e = b;
    while (e < head.size() &&
           (is_ascii_alpha(head[e]) || is_ascii_digit(head[e]) || head[e] == '-' || head[e] == '_'))
        ++e;
    return head.substr(b, e - b);
}

// ICU's detector is asked only for files that are not UTF-8; anything it
// does not name as a single-byte Western charset is read as windows-1252,
// the usual Word export.
std::string guess_legacy_charset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status)) return "windows-1252";
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || match == nullptr) return "windows-1252";
    std::string name = ucsdet_getName(match, &status);
    if (name == "ISO-8859-15" || name == "windows-1250" || name == "ISO-8859-2") return name;
    return "windows-1252";
}

bool has_nul(std::string_view bytes) {
    return bytes.find('\0') != std::string_view::npos;
}

} // namespace

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3, min = 0x10000;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(extra) >= n) return false;
        char32_t cp = c & (0x7F >> (extra + 1));
        for (int k = 1; k <= extra; ++k) {
            auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

std::string normalize_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2u : 1u;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
            cp == 0x3000) {
            out += ' ';
        } else if (cp == 0x200B || cp == 0xFEFF || cp == 0x2060) {
            // zero-width: dropped
        } else {
            out.append(s.substr(start, i - start));
        }
    }
    return out;
}

namespace {

// Counts well-formed multi-byte sequences and bytes that belong to none.
struct Utf8Census {
    std::size_t multibyte = 0;
    std::size_t invalid = 0;
};

std::size_t sequence_length(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (c >= 0xF5 || n == 0 || i + n > s.size()) return 0;
    return is_valid_utf8(s.substr(i, n)) ? n : 0;
}

Utf8Census census(std::string_view s) {
    Utf8Census c;
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
        } else if (std::size_t n = sequence_length(s, i)) {
            ++c.multibyte;
            i += n;
        } else {
            ++c.invalid;
            ++i;
        }
    }
    return c;
}

// UTF-8 with a few damaged sequences (a bad copy, a truncated download):
// keep it UTF-8, each bad byte becomes U+FFFD.
std::string repair_utf8(std::string_view s, std::size_t& replaced) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out += s[i++];
        } else if (std::size_t n = sequence_length(s, i)) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++replaced;
            ++i;
        }
    }
    return out;
}

std::string decode_8bit(std::string_view bytes, bool bom, DecodedText& result) {
    if (is_valid_utf8(bytes)) {
        result.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
        return std::string(bytes);
    }
    Utf8Census c = census(bytes);
    if (bom || (c.multibyte > 0 && c.invalid * 20 <= c.multibyte)) {
        result.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
        return repair_utf8(bytes, result.replaced);
    }
    // A page that declares its charset is read in it; else ICU guesses.
    std::string declared = declared_charset(bytes);
    bool usable = !declared.empty() && declared != "utf-8" && declared != "utf8";
    result.encoding = usable ? declared : guess_legacy_charset(bytes);
    return to_utf8(bytes, result.encoding.c_str(), result.replaced);
}

} // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
        } else if (std::size_t n = sequence_length(bytes, i)) {
            i += n;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

std::variant<DecodedText, DecodeError> decode(std::string_view bytes) {
    if (bytes.empty()) return DecodeError{DecodeErrorKind::empty, "empty file"};
    DecodedText result;
    std::string utf8;
    if (bytes.size() >= 2 &&
        (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        result.encoding = cs;
        utf8 = to_utf8(bytes.substr(2), cs, result.replaced);
    } else {
        if (has_nul(bytes))
            return DecodeError{DecodeErrorKind::binary, "binary file (contains NUL bytes)"};
        bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
        if (bom) bytes.remove_prefix(3);
        utf8 = decode_8bit(bytes, bom, result);
    }
    result.text = normalize_text(utf8);
    if (trim(result.text).empty())
        return DecodeError{DecodeErrorKind::empty, "empty file (only white space)"};
    return result;
}

} // namespace perr
