#include "tests/unit/edit_script.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "diff/normalize.h"
#include "utilities/text.h"

namespace perr::test {
namespace {

struct Place {
    Node* node;
    Node* parent; // nullptr: top level
};

void collect(std::vector<Node>& nodes, Node* parent, std::vector<Place>& out) {
    for (Node& n : nodes) {
        out.push_back({&n, parent});
        collect(n.children, &n, out);
    }
}

void subtree_lines(const Node& n, std::set<int>& out) {
    out.insert(n.line);
    for (const Node& c : n.children) subtree_lines(c, out);
}

std::vector<std::string> split_words(const std::string& title) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < title.size()) {
        std::size_t e = title.find(' ', i);
        if (e == std::string::npos) e = title.size();
        if (e > i) words.push_back(title.substr(i, e - i));
        i = e + 1;
    }
    return words;
}

// Letters only (and digits), three bytes or more: one word for the diff
// too, which also splits on apostrophes, slashes, hyphens and the like.
bool is_plain_word(const std::string& w) {
    return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) {
               return static_cast<unsigned char>(c) >= 0x80 || is_ascii_alpha(c) ||
                      is_ascii_digit(c);
           });
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Applies one kind of edit at a time to a copy of the document, keeping the
// subtrees of the edits apart: `claimed_` holds the lines of every edited
// subtree, `pinned_` the parents an edit relies on (where a node was added,
// where a node moved from and to).
class Editor {
  public:
    Editor(const Document& before, std::mt19937& rng) : rng_(rng) {
        script_.after = before;
        std::vector<Place> all = places();
        for (const Place& p : all) {
            next_line_ = std::max(next_line_, p.node->line + 1);
            for (const std::string& w : split_words(p.node->title))
                if (is_plain_word(w)) vocabulary_.push_back(w);
        }
        std::sort(vocabulary_.begin(), vocabulary_.end());
        vocabulary_.erase(std::unique(vocabulary_.begin(), vocabulary_.end()), vocabulary_.end());
    }

    bool edit(int kind) {
        for (int attempt = 0; attempt < 60; ++attempt) {
            bool done = kind == 0   ? add()
                        : kind == 1 ? remove()
                        : kind == 2 ? reword()
                                    : move(kind == 4);
            if (done) return true;
        }
        return false;
    }

    EditScript result() {
        assign_ids(script_.after);
        return std::move(script_);
    }

  private:
    std::vector<Place> places() {
        std::vector<Place> out;
        collect(script_.after.children, nullptr, out);
        return out;
    }

    std::vector<Node>& siblings(Node* parent) {
        return parent ? parent->children : script_.after.children;
    }

    std::optional<Place> find(int line) {
        for (const Place& p : places())
            if (p.node->line == line) return p;
        return std::nullopt;
    }

    // A random node that is compared by the diff (not prose).
    std::optional<Place> pick() {
        std::vector<Place> all = places();
        std::vector<Place> compared;
        for (const Place& p : all)
            if (p.node->kind != Kind::texte) compared.push_back(p);
        if (compared.empty()) return std::nullopt;
        return compared[rng_() % compared.size()];
    }

    // Free: no other edit of the script touches its subtree, and no other
    // edited node has its title (two edits of nodes with the same title
    // are ambiguous: which one was moved, which one removed?).
    bool free(const Node& n) {
        if (edited_titles_.count(n.title)) return false;
        std::set<int> lines;
        subtree_lines(n, lines);
        return std::none_of(lines.begin(), lines.end(),
                            [&](int l) { return claimed_.count(l) || pinned_.count(l); });
    }

    // The node's subtree is the edit's; its ancestors must stay where they
    // are, so that no later edit's subtree holds this one.
    void claim(const Node& n) {
        edited_titles_.insert(n.title);
        subtree_lines(n, claimed_);
        pin_ancestors(n.line);
    }

    void pin_ancestors(int line) {
        for (auto p = find(line); p && p->parent; p = find(p->parent->line))
            pinned_.insert(p->parent->line);
    }

    const std::string& word() { return vocabulary_[rng_() % vocabulary_.size()]; }

    std::string new_title() {
        std::vector<std::string> words;
        for (int k = 4 + static_cast<int>(rng_() % 5); k > 0; --k) words.push_back(word());
        return join_words(words);
    }

    // One word replaced (titles of three words or more) or one inserted:
    // the kind of rewording a reader still recognizes.
    std::optional<std::string> reworded(const std::string& title) {
        std::vector<std::string> words = split_words(title);
        if (words.empty()) return std::nullopt;
        std::size_t at = rng_() % words.size();
        if (words.size() >= 3 && rng_() % 2 == 0)
            words[at] = word();
        else
            words.insert(words.begin() + static_cast<std::ptrdiff_t>(at + rng_() % 2), word());
        std::string out = join_words(words);
        TitleFolding compared{false, false, false};
        if (normalize_title(out, compared) == normalize_title(title, compared)) return std::nullopt;
        return out;
    }

    bool add() {
        auto s = pick();
        if (!s || (s->parent && (claimed_.count(s->parent->line) != 0))) return false;
        int parent_line = s->parent ? s->parent->line : 0;
        Node fresh;
        fresh.kind = s->node->kind;
        fresh.title = new_title();
        fresh.line = next_line_++;
        std::vector<Node>& list = siblings(s->parent);
        auto index = static_cast<std::size_t>(s->node - list.data()) + rng_() % 2;
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(index), fresh);
        claimed_.insert(fresh.line);
        pin_ancestors(fresh.line);
        script_.expected.insert("added " + std::to_string(fresh.line));
        script_.steps.push_back("add «" + fresh.title + "» under line " +
                                std::to_string(parent_line));
        return true;
    }

    bool remove() {
        auto s = pick();
        if (!s || !free(*s->node)) return false;
        int line = s->node->line;
        claim(*s->node);
        std::vector<Node>& list = siblings(s->parent);
        list.erase(list.begin() + (s->node - list.data()));
        script_.expected.insert("removed " + std::to_string(line));
        script_.steps.push_back("remove line " + std::to_string(line));
        return true;
    }

    bool reword() {
        auto s = pick();
        if (!s || !free(*s->node)) return false;
        auto title = reworded(s->node->title);
        if (!title) return false;
        claim(*s->node);
        script_.steps.push_back("reword line " + std::to_string(s->node->line) + " «" +
                                s->node->title + "» → «" + *title + "»");
        s->node->title = *title;
        std::string line = std::to_string(s->node->line);
        script_.expected.insert("reworded " + line + " " + line);
        return true;
    }

    // A destination of the same kind as the node's parent.
    std::optional<int> destination(const Place& s) {
        std::set<int> inside;
        subtree_lines(*s.node, inside);
        std::vector<int> options;
        for (const Place& q : places())
            if (q.node->kind == s.parent->kind && q.node != s.parent &&
                !claimed_.count(q.node->line) && !inside.count(q.node->line))
                options.push_back(q.node->line);
        if (options.empty()) return std::nullopt;
        return options[rng_() % options.size()];
    }

    bool move(bool and_reword) {
        auto s = pick();
        if (!s || !s->parent || !free(*s->node) || claimed_.count(s->parent->line)) return false;
        auto to = destination(*s);
        std::optional<std::string> title = s->node->title;
        if (and_reword) title = reworded(s->node->title);
        if (!to || !title) return false;
        claim(*s->node);
        pinned_.insert(*to);
        pin_ancestors(*to);
        Node moving = std::move(*s->node);
        moving.title = *title;
        std::vector<Node>& from = s->parent->children;
        from.erase(from.begin() + (s->node - from.data()));
        Node* target = find(*to)->node;
        std::size_t index = rng_() % (target->children.size() + 1);
        std::string key = std::string(and_reword ? "moved_reworded " : "moved ") +
                          std::to_string(moving.line) + " " + std::to_string(*to);
        script_.steps.push_back(key + " «" + moving.title + "»");
        target->children.insert(target->children.begin() + static_cast<std::ptrdiff_t>(index),
                                std::move(moving));
        script_.expected.insert(key);
        return true;
    }

    std::mt19937& rng_;
    EditScript script_;
    std::set<int> claimed_, pinned_;
    std::set<std::string> edited_titles_;
    std::vector<std::string> vocabulary_;
    int next_line_ = 1;
};

void number_below(std::vector<Node>& nodes, int& line) {
    for (Node& n : nodes) {
        n.line = line++;
        number_below(n.children, line);
    }
}

} // namespace

void number_lines(Document& doc) {
    int line = 1;
    number_below(doc.children, line);
}

EditScript random_edit_script(const Document& before, std::mt19937& rng, int edits) {
    Editor editor(before, rng);
    for (int k = 0; k < edits; ++k) editor.edit(static_cast<int>(rng() % 5));
    return editor.result();
}

Document twin_territories(const Document& doc) {
    Document twin = doc;
    twin.children.clear();
    for (const char* name : {"Commune du Nord", "Commune du Sud"}) {
        Node t;
        t.kind = Kind::territoire;
        t.title = name;
        t.children = doc.children;
        twin.children.push_back(std::move(t));
    }
    number_lines(twin);
    assign_ids(twin);
    return twin;
}

} // namespace perr::test
