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

// Strings to small integers, shared by both versions so ids compare.
class Interner {
  public:
    int id(std::string_view s);

  private:
    std::unordered_map<std::string, int> ids_;
};

struct FlatNode {
    const Node* node = nullptr;
    int parent = -1;           // index, -1 for the document
    int position = 0;          // among the parent's compared children
    int size = 1;              // nodes in its subtree, itself included
    int key = 0;               // fully folded title
    int compared = 0;          // title folded only as the options ask
    std::uint64_t context = 0; // hash of the ancestors' keys: the same path of titles
    std::vector<int> words;    // words of the key, sorted
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

FlatTree flatten(const Document& doc, const Folding& folding, Interner& titles, Interner& words);

// Dice coefficient of two sorted id lists (multisets), 0 when either is empty.
double dice(const std::vector<int>& x, const std::vector<int>& y);

} // namespace perr
