#include "utilities/html5_c1.h"

#include <array>

#include "utilities/text.h"

namespace perr {

char32_t html5_c1_character(char32_t cp) {
    // The table of the HTML Standard, "numeric character reference end state".
    static constexpr std::array<char32_t, 32> kWindows1252{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return cp >= 0x80 && cp <= 0x9F ? kWindows1252[cp - 0x80] : cp;
}

void append_html5_c1(std::string& out, char32_t cp) {
    append_utf8(out, html5_c1_character(cp));
}

} // namespace perr
