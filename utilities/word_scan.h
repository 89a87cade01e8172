// Eight bytes at a time: the word tricks perr's byte scans share (UTF-8
// checks, the garbled-text census, markup, digits, JSON escapes). A byte of
// interest is marked by its high bit in the result. Sixteen at a time for
// the scans that test many bytes per word: a block, below.
#pragma once

#include <array>
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

// Sixteen bytes as one vector (GCC's and Clang's vector extension: SSE2 on
// x86-64, NEON on arm64). A comparison marks each byte it holds for with
// 0xFF; the scans test a block for any mark, then read its bytes one by one.
using Block = unsigned char __attribute__((vector_size(16)));

// s[i, i + 16) as one block; i + 16 <= s.size().
inline Block load_block(std::string_view s, std::size_t i) {
    Block b;
    std::memcpy(&b, s.data() + i, sizeof b);
    return b;
}

// `c` in each byte.
inline Block splat(unsigned char c) {
    return Block{} + c;
}

// A block as two words, for the word tricks above.
inline std::array<std::uint64_t, 2> halves(Block b) {
    std::array<std::uint64_t, 2> h;
    std::memcpy(h.data(), &b, sizeof b);
    return h;
}

// Whether any byte of `marks` is marked.
inline bool any(Block marks) {
    auto [low, high] = halves(marks);
    return (low | high) != 0;
}

// How many bytes of a block are marked.
inline std::size_t count(Block marks) {
    auto [low, high] = halves(marks);
    return count(low & kHigh) + count(high & kHigh);
}

// The sum of a block's bytes taken as counts (up to 255 each): the bytes
// are added in pairs into 16-bit lanes first, so no lane overflows.
inline std::size_t sum(Block counts) {
    constexpr std::uint64_t kEvenBytes = 0x00FF00FF00FF00FFull;
    std::size_t total = 0;
    for (std::uint64_t h : halves(counts)) {
        std::uint64_t pairs = (h & kEvenBytes) + ((h >> 8) & kEvenBytes);
        total += static_cast<std::size_t>((pairs * 0x0001000100010001ull) >> 48);
    }
    return total;
}

// Marks the bytes below `c` (unsigned) and those equal to `c`, exactly.
inline Block below(Block b, unsigned char c) {
    return reinterpret_cast<Block>(b < splat(c));
}
inline Block equal(Block b, unsigned char c) {
    return reinterpret_cast<Block>(b == splat(c));
}

} // namespace perr::word_scan
