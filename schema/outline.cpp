#include "schema/outline.h"

namespace perr {
namespace {

struct Pending {
    const Node* node;
    std::size_t depth;
};

} // namespace

std::string dump_outline(const std::vector<Node>& nodes) {
    std::string out;
    // Explicit stack: trees from hostile input may be deep.
    std::vector<Pending> stack;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) stack.push_back({&*it, 0});
    while (!stack.empty()) {
        Pending p = stack.back();
        stack.pop_back();
        const Node& n = *p.node;
        if (n.kind == Kind::texte) continue;
        out.append(2 * p.depth, ' ');
        out += kind_name(n.kind);
        if (!n.number.empty()) out += ' ' + n.number;
        out += ": " + n.title + '\n';
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back({&*it, p.depth + 1});
    }
    return out;
}

} // namespace perr
