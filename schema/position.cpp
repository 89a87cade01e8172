#include "schema/position.h"

#include <algorithm>

#include "utilities/text.h"

namespace perr {

// The line by counting '\n' 16 bytes at a time, the column on that line alone.
Position position_at(std::string_view text, std::size_t offset) {
    std::string_view before = text.substr(0, std::min(offset, text.size()));
    std::size_t newlines = count_byte(before, '\n');
    std::size_t line_start = before.rfind('\n');
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    Position p{1 + static_cast<int>(newlines), 1};
    for (char c : before.substr(line_start))
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++p.column;
    return p;
}

} // namespace perr
