// YAML and JSON loaded into nlohmann::json values while keeping where each
// value was written: JSON Pointer -> line and column. JSON is YAML, so
// yaml-cpp reads both; its scalars are resolved by the YAML 1.2 core schema
// (plain 12 is an integer, quoted "12" a string) -- which yaml-cpp's own
// valijson adapter does not do.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace perr {

struct Position {
    int line = 0; // 1-based
    int column = 0;
};

// NOLINTNEXTLINE(bugprone-exception-escape): its moves do not throw with the default allocator
struct PositionedJson {
    nlohmann::json value;
    std::unordered_map<std::string, Position> positions; // by JSON Pointer

    // Where `pointer` was written, or its nearest written ancestor.
    Position position_of(std::string pointer) const;
};

struct LoadError {
    std::string message;
    Position position;
};

// Parses YAML or JSON text. Aliases are expanded with a limit on the
// number of values, so a "billion laughs" document is an error, not a hang.
std::optional<PositionedJson> load_positioned(std::string_view text, LoadError& error);

// Line and column (1-based, columns in code points) of a byte offset.
Position position_at(std::string_view text, std::size_t offset);

// Escapes one reference token of a JSON Pointer ("a/b" -> "a~1b").
std::string pointer_token(std::string_view key);

// True when the text looks like JSON (first non-space character '{' or '[').
bool looks_like_json(std::string_view text);

} // namespace perr

namespace perr {

// Where the value at `pointer` starts in JSON `text`, found by a scan that
// skips what it does not need (no tree is built): the fast way to place a
// few findings in a large JSON file. Nullopt when the pointer is not there.
std::optional<Position> locate_in_json(std::string_view text, std::string_view pointer);

} // namespace perr
