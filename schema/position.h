// Where something is in a text file, and what went wrong there.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "utilities/result.h"

namespace perr {

struct Position {
    int line = 0; // 1-based; 0: unknown
    int column = 0;
};

// An error at a place in a text (no file name: the caller knows it).
inline Error error_at(ErrorKind kind, std::string message, Position at) {
    return Error(kind, std::move(message), {}, at.line, at.column);
}

// Line and column (1-based, columns in code points) of a byte offset.
Position position_at(std::string_view text, std::size_t offset);

// The deepest nesting of arrays and objects (JSON) or collections (YAML)
// perr reads; deeper input is refused before any recursive code sees it.
inline constexpr int kMaxNesting = 512;

} // namespace perr
