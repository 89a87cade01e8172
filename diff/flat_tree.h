// One version of a protocol as the diff sees it: the programme and section
// nodes in document order (prose is not compared), each with its parent,
// children and position, and its title reduced to interned ids (the folded
// key identity is matched on, the title as compared for rewordings, and
// the sorted words similarity is measured on).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff/title_normalizer.h"
#include "schema/model.h"

namespace perr {

// A folded title or word as a 64-bit hash of its text, so that neither
// version keeps a table of strings: two different titles of a diff hash
// alike with a probability of about n² / 2⁶⁵ (10⁻¹⁰ for 50,000 nodes a side).
using TitleId = std::uint64_t;
using WordId = std::uint64_t;

struct FlatNode {
    const Node* node = nullptr;
    int parent = -1;           // index, -1 for the document
    int position = 0;          // among the parent's compared children
    int size = 1;              // nodes in its subtree, itself included
    TitleId key = 0;           // fully folded title
    TitleId compared = 0;      // title folded only as the options ask
    std::uint64_t context = 0; // hash of the ancestors' keys: the same path of titles
    std::vector<WordId> words; // words of the key, sorted
    std::vector<int> children;
};

struct FlatTree {
    std::vector<FlatNode> nodes;
    std::vector<int> top; // the document's compared children
    // The children of `parent` (-1: the document).
    const std::vector<int>& children_of(int parent) const {
        return parent < 0 ? top : nodes[static_cast<std::size_t>(parent)].children;
    }
};

struct Folding {
    const TitleNormalizer& key;
    const TitleNormalizer& compared;
    bool same = false; // key and compared fold alike: compute once
};

FlatTree flatten(const Document& doc, const Folding& folding);

// Dice coefficient of two sorted id lists (multisets), 0 when either is empty.
template <typename Id>
double dice(const std::vector<Id>& x, const std::vector<Id>& y) {
    if (x.empty() || y.empty()) return 0.0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] < y[j])
            ++i;
        else if (y[j] < x[i])
            ++j;
        else
            ++common, ++i, ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

} // namespace perr
