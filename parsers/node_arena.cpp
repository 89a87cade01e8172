#include "parsers/node_arena.h"

#include <functional>

namespace perr {

void own_words(NodeArena& tree, std::string_view source) {
    bool first = tree.owned.empty();
    std::less<const char*> before; // a total order on unrelated pointers too
    std::size_t i = 0;
    for (ArenaNode& n : tree.nodes) {
        if (first) tree.owned.emplace_back();
        bool in_source = !before(n.words.data(), source.data()) &&
                         !before(source.data() + source.size(), n.words.data() + n.words.size());
        if (!n.words.empty() && (source.empty() || in_source)) {
            tree.owned[i] = std::string(n.words);
            n.words = {};
        }
        ++i;
    }
    if (source.empty()) tree.store = TextStore();
}

// A parent precedes its children in the arena, so one forward pass places
// every node; each list of children is reserved at its exact size first,
// so no vector grows or moves and the pointers to placed nodes stay valid.
// The arena and its words are taken from the front as the tree grows: the
// pass frees what it has placed, and the two never peak together.
std::vector<Node> nest(NodeArena tree) {
    std::deque<ArenaNode>& nodes = tree.nodes;
    std::vector<std::uint32_t> children(nodes.size(), 0);
    std::size_t roots_count = 0;
    for (const ArenaNode& f : nodes) {
        if (f.parent < 0)
            ++roots_count;
        else
            ++children[static_cast<std::size_t>(f.parent)];
    }
    std::vector<Node> roots;
    roots.reserve(roots_count);
    std::vector<Node*> placed(nodes.size());
    bool owned = tree.owned.size() == nodes.size();
    for (std::size_t i = 0; !nodes.empty(); ++i) {
        const ArenaNode& f = nodes.front();
        auto& siblings =
            f.parent < 0 ? roots : placed[static_cast<std::size_t>(f.parent)]->children;
        Node& n = siblings.emplace_back();
        n.kind = f.kind;
        n.number = tree.number_of(f);
        (f.kind == Kind::texte ? n.text : n.title) =
            owned ? std::move(tree.owned.front()) : std::string(f.words);
        n.line = f.line;
        n.children.reserve(children[i]);
        placed[i] = &n;
        nodes.pop_front();
        if (owned) tree.owned.pop_front();
    }
    return roots;
}

} // namespace perr
