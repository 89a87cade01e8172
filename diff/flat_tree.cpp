#include "diff/flat_tree.h"

#include <algorithm>

namespace perr {
namespace {

bool is_word_separator(char c) {
    return c == ' ' || c == '\'' || c == ',' || c == ';' || c == ':' || c == '.' || c == '(' ||
           c == ')' || c == '/' || c == '"' || c == '-';
}

std::uint64_t hash_of(std::string_view s) {
    return std::hash<std::string_view>{}(s);
}

std::vector<WordId> word_ids(std::string_view key) {
    std::vector<WordId> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= key.size(); ++i) {
        if (i < key.size() && !is_word_separator(key[i])) continue;
        if (i > start) out.push_back(hash_of(key.substr(start, i - start)));
        start = i + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

FlatTree flatten(const Document& doc, const Folding& folding) {
    std::string key, compared; // reused for every title
    FlatTree tree;
    struct Pending {
        const Node* node;
        int parent;
    };
    std::vector<Pending> stack;
    for (auto it = doc.children.rbegin(); it != doc.children.rend(); ++it)
        stack.push_back({&*it, -1});
    while (!stack.empty()) {
        Pending p = stack.back();
        stack.pop_back();
        if (p.node->kind == Kind::texte) continue;
        auto me = static_cast<int>(tree.nodes.size());
        std::vector<int>& siblings =
            p.parent < 0 ? tree.top : tree.nodes[static_cast<std::size_t>(p.parent)].children;
        FlatNode f;
        f.node = p.node;
        f.parent = p.parent;
        f.position = static_cast<int>(siblings.size());
        siblings.push_back(me);
        folding.key.fold_into(p.node->title, key);
        f.key = hash_of(key);
        if (!folding.same) folding.compared.fold_into(p.node->title, compared);
        f.compared = folding.same ? f.key : hash_of(compared);
        f.words = word_ids(key);
        if (p.parent >= 0) {
            const FlatNode& up = tree.nodes[static_cast<std::size_t>(p.parent)];
            auto mixed = (up.context + up.key + 1) * 0x9E3779B97F4A7C15ULL;
            f.context = mixed ^ (mixed >> 29);
        }
        tree.nodes.push_back(std::move(f));
        for (auto it = p.node->children.rbegin(); it != p.node->children.rend(); ++it)
            stack.push_back({&*it, me});
    }
    for (std::size_t i = tree.nodes.size(); i-- > 0;)
        if (int parent = tree.nodes[i].parent; parent >= 0)
            tree.nodes[static_cast<std::size_t>(parent)].size += tree.nodes[i].size;
    return tree;
}

} // namespace perr
