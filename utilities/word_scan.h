// Eight bytes at a time: the word tricks perr's byte scans share (UTF-8
// checks, the garbled-text census, markup, digits, JSON escapes). A byte of
// interest is marked by its high bit in the result.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace perr::word_scan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;

// s[i, i + 8) as one word; i + 8 <= s.size().
inline std::uint64_t load(std::string_view s, std::size_t i) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    return w;
}

// Marks the bytes below `c` (at most 0x80). A borrow may also mark a byte
// above a marked one, never misses one: the lowest mark is exact.
inline std::uint64_t below(std::uint64_t w, unsigned char c) {
    return (w - kOnes * c) & ~w & kHigh;
}

// Marks the bytes equal to `c`, with the same caveat.
inline std::uint64_t equal(std::uint64_t w, unsigned char c) {
    return below(w ^ (kOnes * c), 1);
}

// How many bytes are marked: a multiplication sums them into the top byte
// (std::popcount is a library call on the baseline x86-64 perr builds for).
inline std::size_t count(std::uint64_t marks) {
    return static_cast<std::size_t>(((marks >> 7) * kOnes) >> 56);
}

// The index of the first marked byte; marks != 0.
inline std::size_t first(std::uint64_t marks) {
    return static_cast<std::size_t>(std::countr_zero(marks)) / 8;
}

} // namespace perr::word_scan
