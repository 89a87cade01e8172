#include "parsers/tree_builder.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <string>

#include "parsers/kind_pass.h"
#include "parsers/line_lexer.h"
#include "utilities/text.h"

namespace perr {

namespace {

// Ranks of explicit list levels come after every rank by first appearance,
// so explicit lists nest under the labelled items and colon lines above them.
constexpr int kListLevelRank = 1000;

// The look of a labelled item ("Objectif opérationnel : X") in a list.
constexpr std::string_view kLabelledLook = "labelled";

struct ListEntry {
    std::string look;
    int node;
    int rank;
    Numbering number; // the item's number, to follow numbered lists
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

// The open list: what a list needs to go on where it stopped. Table layouts
// keep one per column (TableColumns).
struct ListState {
    LabelContext label;
    std::optional<Kind> announced;
    std::vector<ListEntry> list;
    std::map<std::string, int> ranks;
};

// The innermost open node of each heading level (-1: none).
struct OpenHeadings {
    int territoire = -1, section = -1, subsection = -1, axe = -1, os = -1, orientation = -1;
    bool in_annex = false; // the open section is an annex: its short lines are its parts
};

// Numbered headings by number style ("1.", "A)"): the kind each style took,
// its last number, and decimal numbers' nodes (for "1.2" under "1").
struct NumberedHeadings {
    std::map<std::string, Kind> kinds;
    std::map<std::string, std::string> last;
    std::map<std::string, int> nodes;
};

// A table layout's two streams: the heading column's open list and the
// content column's, the one not in use saved here.
struct TableColumns {
    ListState heading, content;
    bool in_heading = false;
    bool headings_in_row = false; // the row's first cell opened an axe or an objective
};

std::string_view strip_list_separator(std::string_view title) {
    while (!title.empty() && (title.back() == ';' || title.back() == ' ')) title.remove_suffix(1);
    return title;
}

// Rule 5: one paragraph of clauses separated by " ; " is one item each.
std::vector<std::string_view> split_clauses(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t sep = text.find(" ; ", start);
        std::string_view part =
            trim(text.substr(start, sep == std::string_view::npos ? sep : sep - start));
        if (!part.empty()) out.push_back(strip_list_separator(part));
        if (sep == std::string_view::npos) break;
        start = sep + 3;
    }
    return out;
}

class TreeBuilder {
  public:
    TreeBuilder(const std::vector<Block>& blocks, const LevelPlan& plan, const Vocabulary& vocab)
        : blocks_(blocks), plan_(plan), vocab_(vocab) {
        for (const Block& b : blocks)
            if ((b.role == Role::labelled && b.heading().kind == Kind::axe) ||
                b.role == Role::verb_heading)
                has_axe_headings_ = true;
    }

    NodeArena build() && {
        for (std::size_t i = 0; i < blocks_.size(); ++i) feed(i);
        return {std::move(nodes_), std::move(store_), std::move(numbers_), {}};
    }

  private:
    void feed(std::size_t i) {
        const Block& b = blocks_[i];
        if (b.line->cell_start == CellStart::heading_column) enter_heading_column();
        if (b.line->cell_start == CellStart::content_column) enter_content_column();
        switch (b.role) {
        case Role::territoire:
            on_territoire(b);
            break;
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
            on_item(*b.line, look_of(*b.line), b.names_axe);
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
        for (int c : {open_.subsection, open_.section})
            if (c >= 0) return c;
        return open_.territoire;
    }
    int container() const {
        for (int c : {open_.orientation, open_.os, open_.axe})
            if (c >= 0) return c;
        return base_container();
    }
    // The kind the kind pass will give a node placed already. The outline
    // needs it where a label's rank decides nesting: a group label goes under
    // the innermost open item of a broader kind. Depth is bounded (kMaxDepth).
    std::optional<Kind> kind_at(int idx) const {
        if (idx < 0) return std::nullopt;
        const ArenaNode& n = nodes_[static_cast<std::size_t>(idx)];
        if (n.claim.named) return n.claim.named;
        return resolve_kind(n.claim, kind_at(n.parent), plan_);
    }
    bool in_programme() const {
        return open_.axe >= 0 || open_.os >= 0 || open_.orientation >= 0 || lists_.label.active ||
               lists_.announced;
    }

    // `words` is a view of a paragraph's text, which lives as long as its
    // source, or of the arena's store (`keep`).
    int add(KindClaim claim, int parent, const Paragraph& line, std::string number,
            std::string_view words) {
        static_assert(kMaxDepth <= 255, "a node's depth is held in one byte");
        std::uint32_t depth = parent < 0 ? 0 : nodes_[static_cast<std::size_t>(parent)].depth + 1u;
        if (depth >= kMaxDepth) { // hostile nesting: attach beside the parent
            parent = nodes_[static_cast<std::size_t>(parent)].parent;
            depth = kMaxDepth - 1;
        }
        int idx = static_cast<int>(nodes_.size());
        if (!number.empty() && is_ascii_digit(number.front())) numbered_.nodes[number] = idx;
        std::uint32_t number_index = 0;
        if (!number.empty()) {
            numbers_.push_back(std::move(number));
            number_index = static_cast<std::uint32_t>(numbers_.size());
        }
        nodes_.push_back({claim, Kind::texte, static_cast<std::uint8_t>(depth), line.number, parent,
                          number_index, words});
        return idx;
    }
    int add(Kind kind, int parent, const Paragraph& line, std::string number,
            std::string_view title) {
        return add(KindClaim::of(kind), parent, line, std::move(number), title);
    }
    // Prose keeps its whole source line, marker and number included, markup
    // stripped; most prose lost nothing to the lexer, and keeps its text.
    void add_texte(Paragraph& line, int parent) {
        std::string_view raw = line.raw;
        std::size_t body = raw.find_first_not_of("# \t");
        if (line.heading_level > 0)
            raw = body == std::string_view::npos ? std::string_view() : raw.substr(body);
        add(Kind::texte, parent, line, "",
            trim(raw) == line.text ? line.text : stripped_text(raw, store_));
    }

    void clear_list() {
        lists_.list.clear();
        lists_.ranks.clear();
    }
    void close_lists() { lists_ = ListState{}; }
    void close_programme() {
        close_lists();
        open_.axe = open_.os = open_.orientation = -1;
        numbered_ = NumberedHeadings{};
    }

    // The open node a numbering path places `number` under: "1.2.3" under
    // the node numbered "1.2"; -1 when there is none.
    int path_parent(std::string_view number) const {
        std::string_view parent = parent_path(number);
        if (parent.empty()) return -1;
        auto it = numbered_.nodes.find(std::string(parent));
        return it == numbered_.nodes.end() ? -1 : it->second;
    }

    void on_territoire(const Block& b) {
        lists_ = ListState{};
        numbered_ = NumberedHeadings{};
        open_ = OpenHeadings{};
        open_.territoire = add(Kind::territoire, -1, *b.line, "", store_.keep(territoire_name(b)));
        columns_ = TableColumns{};
    }

    // ---- table columns ------------------------------------------------------
    // The html-table layout interleaves two streams: each row's first cell
    // (the heading column) and its other cells (the content column). Each
    // column's open list goes on in the same column of the next row.

    // A row's first cell names the axe (and often its objectif stratégique
    // and priorities); when it names nothing, it continues the previous
    // first cell's list (a priority cut by a page break).
    void enter_heading_column() {
        if (!columns_.in_heading) columns_.content = std::move(lists_);
        lists_ = columns_.heading;
        columns_.in_heading = true;
        columns_.headings_in_row = false;
        open_.section = open_.subsection = -1; // a row closes a preamble cell
    }

    // A content cell belongs under what the first cell named: a fresh list
    // under a new heading, else the list the previous content cell left open.
    void enter_content_column() {
        if (!columns_.in_heading) return; // a row that starts with a TAB: same axe
        columns_.heading = std::move(lists_);
        if (columns_.headings_in_row)
            close_lists();
        else
            lists_ = columns_.content;
        columns_.in_heading = false;
    }

    // ---- headings ---------------------------------------------------------
    void on_section(const Block& b) {
        close_programme();
        open_.section = add(Kind::section, open_.territoire, *b.line, "", b.line->text);
        open_.subsection = -1;
        open_.in_annex = vocab_.is_annex_heading(b.line->text);
    }

    void on_axe(const Block& b, std::string number, std::string_view title) {
        close_lists();
        open_.os = open_.orientation = -1;
        open_.axe = add(Kind::axe, base_container(), *b.line, std::move(number), title);
        columns_.headings_in_row = true;
    }

    void on_labelled(const Block& b) {
        const LabelledHeading& h = b.heading();
        switch (h.kind) {
        case Kind::axe:
            numbered_.kinds.clear();
            on_axe(b, h.number, store_.keep(h.title));
            break;
        case Kind::objectif_strategique:
            open_os(*b.line, h.number, store_.keep(h.title));
            break;
        case Kind::orientation:
            open_orientation(*b.line, h.number, store_.keep(h.title));
            break;
        default:
            open_item_like(*b.line, h.kind, h.number, store_.keep(h.title));
            break;
        }
    }

    void open_os(const Paragraph& line, std::string number, std::string_view title) {
        close_lists();
        open_.orientation = -1;
        int parent = path_parent(number);
        if (parent < 0) parent = open_.axe >= 0 ? open_.axe : base_container();
        open_.os = add(Kind::objectif_strategique, parent, line, std::move(number), title);
        columns_.headings_in_row = true;
    }

    void open_orientation(const Paragraph& line, std::string number, std::string_view title) {
        close_lists();
        int parent = path_parent(number);
        if (parent < 0)
            parent = open_.os >= 0 ? open_.os : open_.axe >= 0 ? open_.axe : base_container();
        open_.orientation = add(Kind::orientation, parent, line, std::move(number), title);
    }

    // A labelled objectif opérationnel, action, enjeu or priorité: a node
    // whose differently-marked items nest below it.
    void open_item_like(const Paragraph& line, Kind kind, std::string number,
                        std::string_view title) {
        int parent = path_parent(number);
        // A labelled item nests under a labelled item of a broader kind; a
        // list's items are its siblings, whatever their glyph says.
        if (parent < 0) parent = open_item_above(kind, true);
        close_lists();
        int idx = add(kind, parent, line, std::move(number), title);
        lists_.list.push_back({std::string(kLabelledLook), idx, 0, {}});
        lists_.ranks[std::string(kLabelledLook)] = 0;
    }

    // The innermost open item of a broader kind than `kind` ("➔ orientation"
    // before "Objectifs opérationnels :", "Objectif opérationnel : X" before
    // "Action : Y"), else the open heading.
    int open_item_above(Kind kind, bool labelled_only = false) const {
        for (auto it = lists_.list.rbegin(); it != lists_.list.rend(); ++it) {
            if (labelled_only && it->look != kLabelledLook) continue;
            Kind open = *kind_at(it->node);
            if (is_programme_kind(open) && kind_depth(open) < kind_depth(kind)) return it->node;
        }
        return container();
    }

    // Where a group label's items go: beside the previous label's items, else
    // under the innermost open item of a broader kind.
    int label_parent(Kind kind) const {
        return lists_.label.active ? lists_.label.parent : open_item_above(kind);
    }

    void on_group_label(const Block& b) {
        int parent = label_parent(b.group.first);
        close_lists();
        lists_.label.active = true;
        lists_.label.parent = parent;
        lists_.label.first = b.group.first;
        lists_.label.second = b.group.second;
    }

    // ---- numbered headings ("1. X", "A. X") ---------------------------------
    // The open list entry that `line` continues as the next number, if any.
    // With `same_look`, only an entry written exactly alike (same indent)
    // counts: a heading "2." at the margin does not continue an indented
    // list's "1." (LibreOffice restarts numbered lists under headings).
    const ListEntry* numbered_predecessor(const Paragraph& line, bool same_look = false) const {
        if (line.numbering().text.empty()) return nullptr;
        std::string look = same_look ? look_of(line) : std::string();
        for (auto it = lists_.list.rbegin(); it != lists_.list.rend(); ++it)
            if (!it->number.text.empty() && next_number(it->number) == line.numbering().text &&
                it->look.ends_with("|" + line.numbering().style) &&
                (!same_look || it->look == look))
                return &*it;
        return nullptr;
    }

    // "3" after "1" goes on; "1" after "2" starts over. Digits compare as
    // numbers, single letters alphabetically.
    static bool goes_past(const std::string& label, const std::string& last) {
        if (label.empty() || last.empty()) return false;
        if (is_ascii_digit(label.front()) && is_ascii_digit(last.front()))
            return decimal_path_less(last, label);
        return label.size() == 1 && last.size() == 1 && label > last;
    }

    std::optional<Kind> numbered_kind(const Paragraph& line) const {
        auto known = numbered_.kinds.find(line.numbering().style);
        int parent = path_parent(line.numbering().text);
        if (parent >= 0) { // "1.2.3" under "1.2": a heading, whatever list is open
            if (known != numbered_.kinds.end()) return known->second;
            return numbered_kind_below(*kind_at(parent), plan_);
        }
        // Inside a label, numbers are the list's own unless they carry the
        // headings' sequence further ("3." after heading "2.") without
        // being the list's own next number.
        if (lists_.label.active) {
            auto last = numbered_.last.find(line.numbering().style);
            bool heading = known != numbered_.kinds.end() && last != numbered_.last.end() &&
                           goes_past(line.numbering().text, last->second) &&
                           !numbered_predecessor(line, true);
            if (!heading) return std::nullopt;
        }
        if (known != numbered_.kinds.end()) return known->second;
        if (open_.os >= 0) return Kind::orientation;
        if (open_.axe < 0) return Kind::axe;
        return plan_.below(kind_at(container()));
    }

    void on_numbered(const Block& b) {
        Paragraph& line = *b.line;
        auto kind = numbered_kind(line);
        if (!kind) {
            on_item(line, look_of(line), false);
            return;
        }
        numbered_.kinds[line.numbering().style] = *kind;
        numbered_.last[line.numbering().style] = line.numbering().text;
        if (*kind == Kind::axe)
            on_axe(b, line.numbering().text, line.text);
        else if (*kind == Kind::objectif_strategique)
            open_os(line, line.numbering().text, line.text);
        else if (*kind == Kind::orientation)
            open_orientation(line, line.numbering().text, line.text);
        else
            open_item_like(line, *kind, line.numbering().text, line.text);
    }

    // ---- items --------------------------------------------------------------
    // What makes two items siblings: their marker, indentation and number
    // style; emphasis too for dashes (markdown's "- … en :" over "- *…*"),
    // not for glyphs, which converters style at random.
    static std::string look_of(const Paragraph& line) {
        std::string look(line.marker);
        look += '|';
        look += std::to_string(line.indent);
        look += '|';
        if (line.marker.empty() || line.marker == "-")
            look += static_cast<char>('0' + static_cast<int>(line.emphasis));
        look += '|';
        look += line.numbering().style;
        return look;
    }

    // In a table document's markdown runs, a bare "- " item lost its glyph
    // in conversion: it stands for the level below the axe's first glyph.
    std::string effective_look(const Paragraph& line, std::string look) const {
        bool bare_dash = line.in_run && line.marker == "-" && line.indent == 0 &&
                         line.emphasis == Emphasis::plain && line.numbering().text.empty();
        if (!bare_dash) return look;
        for (const auto& [l, rank] : lists_.ranks)
            if (rank == 1 && !l.starts_with("-")) return l;
        return look;
    }

    // Parent and kind claim of an item that opens a list.
    std::pair<int, KindClaim> list_base(const Paragraph& line) const {
        if (lists_.label.active) {
            if (lists_.label.second && lists_.label.first_node >= 0)
                return {lists_.label.first_node, KindClaim::of(*lists_.label.second)};
            return {lists_.label.parent, KindClaim::of(lists_.label.first)};
        }
        if (lists_.announced) return {container(), KindClaim::of(*lists_.announced)};
        return {container(), {std::nullopt, glyph_kind(line.marker), std::nullopt, std::nullopt}};
    }

    // An item nested in a list: its kind follows its parent's.
    KindClaim child_claim(const Paragraph& line) const {
        KindClaim claim{std::nullopt, glyph_kind(line.marker), std::nullopt, std::nullopt};
        if (lists_.label.active && lists_.label.second) {
            claim.under = lists_.label.first;
            claim.then = lists_.label.second;
        }
        return claim;
    }

    // A glyph that names a level at or above a label's kind ends the label:
    // "→ Mobiliser …" after "Les priorités pour le territoire : …".
    bool glyph_ends_label(const Paragraph& line, const std::string& look) const {
        auto hint = glyph_kind(line.marker);
        if (!lists_.label.active || !hint || lists_.ranks.count(look)) return false;
        bool side_list = lists_.label.first == Kind::priorite || lists_.label.first == Kind::enjeu;
        return side_list || kind_depth(*hint) <= kind_depth(lists_.label.first);
    }

    void on_item(Paragraph& line, const std::string& raw_look, bool names_axe) {
        if ((names_axe && has_axe_headings_) || !in_programme()) {
            add_texte(line, container()); // a summary of the axes, or a list in prose
            return;
        }
        std::string look = effective_look(line, raw_look);
        if (glyph_ends_label(line, look)) close_lists();
        std::string_view title = lists_.label.active ? strip_list_separator(line.text) : line.text;
        // "2." after "1." written alike; else "2-" after "1-", whatever the
        // indent (pdftotext wraps and shifts indentation).
        const ListEntry* prev = numbered_predecessor(line, true);
        if (prev == nullptr) prev = numbered_predecessor(line);
        if (prev != nullptr) look = prev->look;
        place_item(line, look, title);
    }

    // An item's depth in its list: the list nesting its reader saw (HTML
    // <ul> the source closes, a word processor's list level), else the
    // rank of its look by first appearance.
    int rank_of(const Paragraph& line, const std::string& look) {
        if (line.list_level > 0) return kListLevelRank + line.list_level;
        auto [rank_it, fresh] =
            lists_.ranks.try_emplace(look, static_cast<int>(lists_.ranks.size()));
        (void)fresh;
        return rank_it->second;
    }

    void place_item(const Paragraph& line, const std::string& look, std::string_view title) {
        int rank = rank_of(line, look);
        while (!lists_.list.empty() && lists_.list.back().rank >= rank) lists_.list.pop_back();
        auto [parent, claim] = list_base(line);
        if (!lists_.list.empty()) {
            parent = lists_.list.back().node;
            claim = child_claim(line);
        }
        int idx = add(claim, parent, line, line.numbering().text, title);
        lists_.list.push_back({look, idx, rank, line.numbering()});
    }

    // ---- prose ----------------------------------------------------------------
    // The next block with content in the same table cell, if any.
    const Block* next_content(std::size_t i) const {
        for (std::size_t j = i + 1; j < blocks_.size(); ++j) {
            if (blocks_[j].line->cell_start != CellStart::none) return nullptr;
            if (blocks_[j].role != Role::blank) return &blocks_[j];
        }
        return nullptr;
    }

    std::optional<Kind> announced_kind(const Paragraph& line) const {
        auto kind = vocab_.announced_kind(line.text);
        if (!kind || (*kind == Kind::axe && has_axe_headings_)) return std::nullopt;
        return announced_under(*kind, kind_at(container()));
    }

    // Prose goes with the item above it (an "Ex : …" comment), else with
    // the innermost open heading.
    int prose_parent() const { return lists_.list.empty() ? container() : lists_.list.back().node; }

    void on_paragraph(std::size_t i) {
        const Block& b = blocks_[i];
        Paragraph& line = *b.line;
        if (line.emphasis == Emphasis::italic) { // a comment, never an item
            add_texte(line, prose_parent());
            return;
        }
        if (lists_.label.active &&
            lists_.label.second) { // "Objectifs stratégiques et opérationnels"
            clear_list();
            lists_.label.first_node =
                add(lists_.label.first, lists_.label.parent, line, "", line.text);
            return;
        }
        if (lists_.label.active) { // rule 5: a labelled list written as a paragraph
            for (std::string_view clause : split_clauses(line.text))
                place_item(line, "paragraph", clause);
            return;
        }
        if (open_.in_annex && b.heading_like && open_.section >= 0) { // one part of an annex
            close_programme();
            open_.subsection = add(Kind::section, open_.section, line, "", line.text);
            return;
        }
        if (line.colon && on_colon_paragraph(i)) return;
        add_texte(line, prose_parent());
    }

    // A sentence ending in ':' that announces its list's kind, or (rule 7)
    // that sits one level above the items it introduces.
    bool on_colon_paragraph(std::size_t i) {
        Paragraph& line = *blocks_[i].line;
        if (auto kind = announced_kind(line)) {
            close_lists();
            lists_.announced = kind;
            add_texte(line, container());
            return true;
        }
        const Block* next = next_content(i);
        if (in_programme() && next && next->role == Role::item) {
            on_item(line, "paragraph", false);
            return true;
        }
        return false;
    }

    const std::vector<Block>& blocks_;
    const LevelPlan& plan_;
    const Vocabulary& vocab_;
    bool has_axe_headings_ = false;

    std::deque<ArenaNode> nodes_; // grows by blocks: never copied
    std::vector<std::string> numbers_;
    TextStore store_; // the words no paragraph holds (a heading's title, prose unmarked)
    OpenHeadings open_;
    ListState lists_;
    NumberedHeadings numbered_;
    TableColumns columns_;
};

} // namespace

NodeArena build_outline(const std::vector<Block>& blocks, const LevelPlan& plan,
                        const Vocabulary& vocab) {
    return TreeBuilder(blocks, plan, vocab).build();
}

std::vector<Node> assign_levels(const std::vector<Block>& blocks, const LevelPlan& plan,
                                const Vocabulary& vocab) {
    NodeArena outline = build_outline(blocks, plan, vocab);
    assign_kinds(outline, plan);
    return nest(std::move(outline));
}

} // namespace perr
