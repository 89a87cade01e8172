#include "diff/flat_tree.h"

#include <algorithm>

namespace perr {
namespace {

bool is_word_separator(char c) {
    return c == ' ' || c == '\'' || c == ',' || c == ';' || c == ':' || c == '.' || c == '(' ||
           c == ')' || c == '/' || c == '"' || c == '-';
}

std::vector<int> word_ids(std::string_view key, Interner& words) {
    std::vector<int> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= key.size(); ++i) {
        if (i < key.size() && !is_word_separator(key[i])) continue;
        if (i > start) out.push_back(words.id(key.substr(start, i - start)));
        start = i + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

int Interner::id(std::string_view s) {
    auto [it, fresh] = ids_.try_emplace(std::string(s), static_cast<int>(ids_.size()));
    return it->second;
}

FlatTree flatten(const Document& doc, const Folding& folding, Interner& titles, Interner& words) {
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
        std::string key = folding.key(p.node->title);
        f.key = titles.id(key);
        f.compared = folding.same ? f.key : titles.id(folding.compared(p.node->title));
        f.words = word_ids(key, words);
        if (p.parent >= 0) {
            const FlatNode& up = tree.nodes[static_cast<std::size_t>(p.parent)];
            auto mixed =
                (up.context + static_cast<std::uint64_t>(up.key) + 1) * 0x9E3779B97F4A7C15ULL;
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

double dice(const std::vector<int>& x, const std::vector<int>& y) {
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
