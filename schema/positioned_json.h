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
#include <vector>

#include "schema/position.h"

namespace perr {

// NOLINTNEXTLINE(bugprone-exception-escape): its moves do not throw with the default allocator
struct PositionedJson {
    nlohmann::json value;
    std::unordered_map<std::string, Position> positions; // by JSON Pointer

    // Where `pointer` was written, or its nearest written ancestor.
    Position position_of(std::string pointer) const;
};

// Parses YAML or JSON text holding one document (several: an error).
// Refused with a position: invalid UTF-8, NUL bytes, keys given twice,
// nesting deeper than kMaxNesting, and aliases that expand to more values
// or bytes than the file could hold written out (a "billion laughs").
Result<PositionedJson> load_positioned(std::string_view text);

// Every document of a YAML stream ("---" separated), same checks.
Result<std::vector<PositionedJson>> load_positioned_all(std::string_view text);

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

// The same, as a byte offset into `text`.
std::optional<std::size_t> locate_offset_in_json(std::string_view text, std::string_view pointer);

} // namespace perr
