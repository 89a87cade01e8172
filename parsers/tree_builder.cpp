#include "parsers/tree_builder.h"

#include <algorithm>
#include <map>
#include <string>

#include "parsers/text.h"

namespace perr {

Kind LevelPlan::below(std::optional<Kind> parent) const {
    if (!parent) return Kind::axe;
    switch (*parent) {
    case Kind::territoire:
    case Kind::section:
    case Kind::texte:
        return Kind::axe;
    case Kind::axe:
        return after_axe;
    case Kind::objectif_strategique:
    case Kind::orientation:
        return Kind::objectif_operationnel;
    default:
        return Kind::action;
    }
}

LevelPlan plan_from_claims(const std::map<std::string, int>& claims) {
    LevelPlan plan;
    auto named = [&](Kind k) { return claims.count(std::string(kind_name(k))) > 0; };
    if (named(Kind::axe) && named(Kind::objectif_operationnel) &&
        !named(Kind::objectif_strategique) && !named(Kind::orientation))
        plan.after_axe = Kind::objectif_operationnel;
    return plan;
}

namespace {

struct FlatNode {
    Kind kind;
    std::string number;
    std::string title;
    std::string text;
    int line;
    int parent; // index in the arena, -1 for the document
    std::size_t depth;
};

struct ListEntry {
    std::string look;
    int node;
    int rank;
    std::string label; // the item's number, to follow numbered lists
};

// An active group label ("Objectifs opérationnels :") and, for a two-kind
// label, the plain line currently holding the second kind's items.
struct LabelContext {
    bool active = false;
    int parent = -1;
    Kind first = Kind::texte;
    std::optional<Kind> second;
    int first_node = -1;
};

class TreeBuilder {
  public:
    TreeBuilder(const std::vector<Block>& blocks, const LevelPlan& plan, const Vocabulary& vocab)
        : blocks_(blocks), plan_(plan), vocab_(vocab) {
        for (const Block& b : blocks)
            if ((b.role == Role::labelled && b.heading.kind == Kind::axe) ||
                b.role == Role::verb_heading)
                has_axe_headings_ = true;
    }

    std::vector<Node> build() {
        for (std::size_t i = 0; i < blocks_.size(); ++i) feed(i);
        return nest();
    }

  private:
    void feed(std::size_t i) {
        const Block& b = blocks_[i];
        switch (b.role) {
        case Role::section:
            on_section(b);
            break;
        case Role::verb_heading:
            on_axe(b, "", b.line->text);
            break;
        case Role::labelled:
            on_labelled(b);
            break;
        case Role::group_label:
            on_group_label(b);
            break;
        case Role::numbered:
            on_numbered(b);
            break;
        case Role::item:
            on_item(b, look_of(*b.line));
            break;
        case Role::paragraph:
            on_paragraph(i);
            break;
        default:
            break; // blank, furniture, source
        }
    }

    // ---- containers -------------------------------------------------------
    int base_container() const {
        if (subsection_ >= 0) return subsection_;
        return section_;
    }
    int container() const {
        for (int c : {orientation_, os_, axe_})
            if (c >= 0) return c;
        return base_container();
    }
    std::optional<Kind> kind_at(int idx) const {
        if (idx < 0) return std::nullopt;
        return nodes_[static_cast<std::size_t>(idx)].kind;
    }
    bool in_programme() const {
        return axe_ >= 0 || os_ >= 0 || orientation_ >= 0 || label_.active || announced_;
    }

    int add(Kind kind, int parent, const Line& line, std::string number, std::string title) {
        std::size_t depth = parent < 0 ? 0 : nodes_[static_cast<std::size_t>(parent)].depth + 1;
        if (depth >= kMaxDepth) { // hostile nesting: attach beside the parent
            parent = nodes_[static_cast<std::size_t>(parent)].parent;
            depth = kMaxDepth - 1;
        }
        nodes_.push_back(
            {kind, std::move(number), std::move(title), {}, line.number, parent, depth});
        return static_cast<int>(nodes_.size()) - 1;
    }
    void add_texte(const Line& line) {
        int idx = add(Kind::texte, container(), line, "", "");
        nodes_.back().text = strip_markup(line.raw);
        (void)idx;
    }

    void clear_list() {
        list_.clear();
        ranks_.clear();
    }
    void close_lists() {
        clear_list();
        label_ = LabelContext{};
        announced_.reset();
    }
    void close_programme() {
        close_lists();
        axe_ = os_ = orientation_ = -1;
        numbered_kinds_.clear();
        numbered_last_.clear();
    }

    // ---- headings ---------------------------------------------------------
    void on_section(const Block& b) {
        close_programme();
        section_ = add(Kind::section, -1, *b.line, "", b.line->text);
        subsection_ = -1;
        in_annex_ = vocab_.is_annex_heading(b.line->text);
    }

    void on_axe(const Block& b, std::string number, std::string title) {
        close_lists();
        os_ = orientation_ = -1;
        axe_ = add(Kind::axe, base_container(), *b.line, std::move(number), std::move(title));
    }

    void on_labelled(const Block& b) {
        const LabelledHeading& h = b.heading;
        switch (h.kind) {
        case Kind::axe:
            numbered_kinds_.clear();
            on_axe(b, h.number, h.title);
            break;
        case Kind::objectif_strategique:
            open_os(*b.line, h.number, h.title);
            break;
        case Kind::orientation:
            open_orientation(*b.line, h.number, h.title);
            break;
        default:
            open_item_like(*b.line, h.kind, h.number, h.title);
            break;
        }
    }

    void open_os(const Line& line, std::string number, std::string title) {
        close_lists();
        orientation_ = -1;
        int parent = axe_ >= 0 ? axe_ : base_container();
        os_ = add(Kind::objectif_strategique, parent, line, std::move(number), std::move(title));
    }

    void open_orientation(const Line& line, std::string number, std::string title) {
        close_lists();
        int parent = os_ >= 0 ? os_ : axe_ >= 0 ? axe_ : base_container();
        orientation_ = add(Kind::orientation, parent, line, std::move(number), std::move(title));
    }

    // A labelled objectif opérationnel, action, enjeu or priorité: a node
    // whose differently-marked items nest below it.
    void open_item_like(const Line& line, Kind kind, std::string number, std::string title) {
        close_lists();
        int idx = add(kind, container(), line, std::move(number), std::move(title));
        list_.push_back({"labelled", idx, 0, {}});
        ranks_["labelled"] = 0;
    }

    void on_group_label(const Block& b) {
        close_lists();
        label_.active = true;
        label_.parent = container();
        label_.first = b.group.first;
        label_.second = b.group.second;
    }

    // ---- numbered headings ("1. X", "A. X") ---------------------------------
    static std::string successor(const std::string& n) {
        if (n.empty()) return n;
        if (is_ascii_digit(n.front())) return std::to_string(std::stoi(n) + 1);
        if (n.size() == 1) return std::string(1, static_cast<char>(n.front() + 1));
        return {};
    }

    // True when `line` is the next number of a numbered list being read.
    bool continues_list(const Line& line) const {
        std::string look = look_of(line);
        for (const ListEntry& e : list_)
            if (e.look == look) return successor(e.label) == line.label;
        return false;
    }

    std::optional<Kind> numbered_kind(const Line& line) const {
        auto known = numbered_kinds_.find(line.label_style);
        bool continues = false;
        if (auto last = numbered_last_.find(line.label_style); last != numbered_last_.end())
            continues = successor(last->second) == line.label;
        // Inside a label, numbers are the list's own unless they carry on
        // the headings' sequence ("2." after heading "1." and items "1.", "2.").
        if (label_.active && (!continues || continues_list(line))) return std::nullopt;
        if (known != numbered_kinds_.end()) return known->second;
        if (os_ >= 0) return Kind::orientation;
        if (axe_ < 0) return Kind::axe;
        return plan_.below(kind_at(container()));
    }

    void on_numbered(const Block& b) {
        const Line& line = *b.line;
        auto kind = numbered_kind(line);
        if (!kind) {
            on_item(b, look_of(line));
            return;
        }
        numbered_kinds_[line.label_style] = *kind;
        numbered_last_[line.label_style] = line.label;
        if (*kind == Kind::axe)
            on_axe(b, line.label, line.text);
        else if (*kind == Kind::objectif_strategique)
            open_os(line, line.label, line.text);
        else if (*kind == Kind::orientation)
            open_orientation(line, line.label, line.text);
        else
            open_item_like(line, *kind, line.label, line.text);
    }

    // ---- items --------------------------------------------------------------
    static std::string look_of(const Line& line) {
        std::string look = line.marker;
        look += '|';
        look += std::to_string(line.indent);
        look += '|';
        look += static_cast<char>('0' + static_cast<int>(line.emphasis));
        look += '|';
        look += line.label_style;
        return look;
    }

    // Parent and kind of an item that opens a list.
    std::pair<int, Kind> list_base() const {
        if (label_.active) {
            if (label_.second && label_.first_node >= 0) return {label_.first_node, *label_.second};
            return {label_.parent, label_.first};
        }
        if (announced_) return {container(), *announced_};
        return {container(), plan_.below(kind_at(container()))};
    }

    Kind child_kind(Kind parent) const {
        if (label_.active && label_.second && parent == label_.first) return *label_.second;
        return plan_.below(parent);
    }

    void on_item(const Block& b, const std::string& look) {
        const Line& line = *b.line;
        if ((b.names_axe && has_axe_headings_) || !in_programme()) {
            add_texte(line); // a summary of the axes, or a list in prose
            return;
        }
        auto [rank_it, fresh] = ranks_.try_emplace(look, static_cast<int>(ranks_.size()));
        int rank = rank_it->second;
        (void)fresh;
        while (!list_.empty() && list_.back().rank >= rank) list_.pop_back();
        auto [parent, kind] = list_base();
        if (!list_.empty()) {
            parent = list_.back().node;
            kind = child_kind(nodes_[static_cast<std::size_t>(parent)].kind);
        }
        int idx = add(kind, parent, line, line.label, line.text);
        list_.push_back({look, idx, rank, line.label});
    }

    // ---- prose ----------------------------------------------------------------
    const Block* next_content(std::size_t i) const {
        for (std::size_t j = i + 1; j < blocks_.size(); ++j)
            if (blocks_[j].role != Role::blank) return &blocks_[j];
        return nullptr;
    }

    std::optional<Kind> announced_kind(const Line& line) const {
        auto kind = vocab_.announced_kind(line.text);
        if (!kind || (*kind == Kind::axe && has_axe_headings_)) return std::nullopt;
        // Unqualified "objectifs" are the level below whatever holds them.
        auto holder = kind_at(container());
        if (*kind == Kind::objectif_strategique && holder &&
            (*holder == Kind::objectif_strategique || *holder == Kind::orientation))
            return Kind::objectif_operationnel;
        return kind;
    }

    void on_paragraph(std::size_t i) {
        const Block& b = blocks_[i];
        const Line& line = *b.line;
        if (label_.active && label_.second) { // "Objectifs stratégiques et opérationnels"
            clear_list();
            label_.first_node = add(label_.first, label_.parent, line, "", line.text);
            return;
        }
        if (in_annex_ && b.heading_like && section_ >= 0) { // one part of an annex
            close_programme();
            subsection_ = add(Kind::section, section_, line, "", line.text);
            return;
        }
        if (line.colon) {
            if (auto kind = announced_kind(line)) {
                close_lists();
                announced_ = kind;
                add_texte(line);
                return;
            }
            const Block* next = next_content(i);
            if (in_programme() && next && next->role == Role::item) {
                on_item(b, "paragraph"); // rule 7: one level above its items
                return;
            }
        }
        add_texte(line);
    }

    // ---- arena -> nested nodes (iterative: no recursion over input depth)
    std::vector<Node> nest() {
        std::vector<Node> built(nodes_.size());
        std::vector<Node> roots;
        for (std::size_t i = nodes_.size(); i-- > 0;) {
            FlatNode& f = nodes_[i];
            Node& n = built[i];
            n.kind = f.kind;
            n.number = std::move(f.number);
            n.title = std::move(f.title);
            n.text = std::move(f.text);
            n.line = f.line;
            std::reverse(n.children.begin(), n.children.end());
            auto& siblings =
                f.parent < 0 ? roots : built[static_cast<std::size_t>(f.parent)].children;
            siblings.push_back(std::move(n));
        }
        std::reverse(roots.begin(), roots.end());
        return roots;
    }

    const std::vector<Block>& blocks_;
    const LevelPlan& plan_;
    const Vocabulary& vocab_;
    bool has_axe_headings_ = false;

    std::vector<FlatNode> nodes_;
    int section_ = -1, subsection_ = -1, axe_ = -1, os_ = -1, orientation_ = -1;
    bool in_annex_ = false;
    LabelContext label_;
    std::optional<Kind> announced_;
    std::vector<ListEntry> list_;
    std::map<std::string, int> ranks_;
    std::map<std::string, Kind> numbered_kinds_;
    std::map<std::string, std::string> numbered_last_;
};

} // namespace

std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab) {
    return TreeBuilder(blocks, plan, vocab).build();
}

} // namespace perr
