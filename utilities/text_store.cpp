#include "utilities/text_store.h"

#include <algorithm>
#include <cstring>

namespace perr {

std::string_view TextStore::keep(std::string_view text) {
    if (text.empty()) return {};
    if (chunks_.empty() || chunks_.back().capacity - chunks_.back().size < text.size()) {
        // A text longer than a chunk gets a chunk of its own size.
        std::size_t capacity = std::max(kChunk, text.size());
        chunks_.push_back({std::make_unique_for_overwrite<char[]>(capacity), 0, capacity});
    }
    Chunk& c = chunks_.back();
    char* at = c.bytes.get() + c.size;
    std::memcpy(at, text.data(), text.size());
    c.size += text.size();
    return {at, text.size()};
}

} // namespace perr
