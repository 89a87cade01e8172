// Append-only storage for texts that views point into (a paragraph's
// joined or built source text): bytes copied into large chunks that never
// move, so each kept text costs no allocation of its own and the whole
// store is freed at once.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace perr {

class TextStore {
  public:
    // A copy of `text` that lives as long as the store.
    std::string_view keep(std::string_view text);

  private:
    static constexpr std::size_t kChunk = 64 << 10;
    struct Chunk {
        std::unique_ptr<char[]> bytes;
        std::size_t size = 0;
        std::size_t capacity = 0;
    };
    std::vector<Chunk> chunks_;
};

} // namespace perr
