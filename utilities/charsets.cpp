#include "utilities/charsets.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

#include "utilities/text.h"

namespace perr {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    Converter conv(ucnv_open(charset, &status));
    if (U_FAILURE(status)) conv.reset();
    return conv;
}

// Every byte as the code point of the same value: never fails, always valid.
std::string latin1_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) append_utf8(out, static_cast<unsigned char>(c));
    return out;
}

// UTF-16 code units to UTF-8; lone surrogates and U+FFFD counted as replaced.
std::string utf16_to_utf8(const std::u16string& utf16, std::size_t& replaced) {
    std::string out;
    std::size_t n = utf16.size();
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        char32_t cp = utf16[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n) {
            char32_t lo = utf16[i + 1];
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

// True when the charset reads printable ASCII and line ends unchanged.
bool ascii_compatible(const char* charset) {
    Converter conv = open_converter(charset);
    if (!conv) return false;
    std::string ascii = "\t\n\r";
    for (char c = ' '; c < 0x7F; ++c) ascii += c;
    std::u16string utf16(ascii.size() * 2 + 2, u'\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                              ascii.data(), static_cast<int32_t>(ascii.size()), &status);
    if (U_FAILURE(status) || n != static_cast<int32_t>(ascii.size())) return false;
    for (std::size_t i = 0; i < ascii.size(); ++i)
        if (utf16[i] != static_cast<char16_t>(ascii[i])) return false;
    return true;
}

} // namespace

std::string charset_to_utf8(std::string_view bytes, const char* charset, std::size_t& replaced) {
    Converter conv = open_converter(charset);
    if (!conv) conv = open_converter("windows-1252");
    if (!conv) return latin1_to_utf8(bytes);
    // Streamed in blocks: any input size, state kept across blocks. A block
    // no longer than the input needs (a byte gives at most one UTF-16 unit in
    // the common case; more only costs another turn): decode_by_line converts
    // line by line, and a 128 KB block zeroed per line dominated its time.
    std::size_t block_size = std::min<std::size_t>(1 << 16, bytes.size() + 4);
    std::u16string utf16, block(block_size, u'\0');
    utf16.reserve(block_size);
    const char* source = bytes.data();
    const char* end = source + bytes.size();
    UErrorCode status = U_BUFFER_OVERFLOW_ERROR;
    while (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        UChar* target = block.data();
        ucnv_toUnicode(conv.get(), &target, block.data() + block.size(), &source, end, nullptr,
                       true, &status);
        utf16.append(block.data(), static_cast<std::size_t>(target - block.data()));
    }
    if (U_FAILURE(status)) return latin1_to_utf8(bytes);
    return utf16_to_utf8(utf16, replaced);
}

std::string declared_legacy_charset(std::string_view bytes) {
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
    std::string name = head.substr(b, e - b);
    if (name.empty() || name == "utf-8" || name == "utf8") return {};
    return ascii_compatible(name.c_str()) ? name : std::string();
}

std::string guess_legacy_charset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status)) return "windows-1252";
    std::string_view sample = bytes.substr(0, 1 << 20); // enough to tell; int32_t sizes
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || match == nullptr) return "windows-1252";
    std::string name = ucsdet_getName(match, &status);
    if (name == "ISO-8859-15" || name == "windows-1250" || name == "ISO-8859-2") return name;
    return "windows-1252";
}

} // namespace perr
