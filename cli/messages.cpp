#include "cli/messages.h"

#include <cstdio>

#include "utilities/decode.h"
#include "utilities/text.h"

namespace perr {
namespace {

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
}

std::string escaped(char32_t cp) {
    char buf[16];
    if (cp < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
    else
        std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(cp));
    return buf;
}

} // namespace

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto byte = static_cast<unsigned char>(s[i]);
        if (byte >= 0x20 && byte < 0x7F) {
            out += s[i++];
            continue;
        }
        std::size_t start = i;
        std::size_t bad = first_invalid_utf8(s.substr(i, 4));
        if (byte >= 0x80 && bad == 0) { // not a well-formed sequence: one raw byte
            out += escaped(byte);
            ++i;
            continue;
        }
        char32_t cp = next_code_point(s, i);
        if (is_control(cp))
            out += escaped(cp);
        else
            out.append(s.substr(start, i - start));
    }
    return out;
}

std::string error_line(std::string_view path, std::string_view message) {
    return format_error(Error(ErrorKind::invalid, std::string(message), printable(path))) + '\n';
}

std::string error_line(const Error& e) {
    Error shown = e;
    shown.file = printable(e.file);
    return format_error(shown) + '\n';
}

std::string warning_line(std::string_view path, int line, std::string_view message) {
    return format_error(Error(ErrorKind::invalid, std::string(message), printable(path), line),
                        "warning") +
           '\n';
}

} // namespace perr
