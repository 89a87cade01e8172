#include "diff/tree_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "diff/normalize.h"
#include "diff/title_normalizer.h"

namespace perr {
namespace {

// The programme and section nodes of one version, in document order; prose
// (texte) is not compared.
struct Flat {
    const Node* node;
    int parent;           // index, -1 for the document
    int position;         // among the parent's compared children
    int size = 1;         // nodes in its subtree, itself included
    std::string key;      // fully folded title: what identity is matched on
    std::string compared; // title folded only as the options ask: what rewording is judged on
    std::vector<std::string> words;
};

struct Side {
    std::vector<Flat> nodes;
    std::vector<int> match; // index in the other version, -1 when none
};

Side flatten(const Document& doc, const DiffOptions& o) {
    Side side;
    TitleNormalizer full({true, true, o.ignore_numbering});
    TitleNormalizer compared({o.ignore_case, o.ignore_accents, o.ignore_numbering});
    struct Pending {
        const Node* node;
        int parent;
    };
    std::vector<Pending> stack;
    std::map<int, int> child_count;
    for (auto it = doc.children.rbegin(); it != doc.children.rend(); ++it)
        stack.push_back({&*it, -1});
    while (!stack.empty()) {
        Pending p = stack.back();
        stack.pop_back();
        if (p.node->kind == Kind::texte) continue;
        std::string key = full(p.node->title);
        side.nodes.push_back({p.node, p.parent, child_count[p.parent]++, 1, key,
                              compared(p.node->title), title_words(key)});
        int me = static_cast<int>(side.nodes.size()) - 1;
        for (auto it = p.node->children.rbegin(); it != p.node->children.rend(); ++it)
            stack.push_back({&*it, me});
    }
    for (std::size_t i = side.nodes.size(); i-- > 0;)
        if (side.nodes[i].parent >= 0)
            side.nodes[static_cast<std::size_t>(side.nodes[i].parent)].size += side.nodes[i].size;
    side.match.assign(side.nodes.size(), -1);
    return side;
}

void link(Side& a, Side& b, int i, int j) {
    a.match[static_cast<std::size_t>(i)] = j;
    b.match[static_cast<std::size_t>(j)] = i;
}

const Flat& at(const Side& s, int i) {
    return s.nodes[static_cast<std::size_t>(i)];
}

// Pass 1 and 2: identical folded titles, same kind first, then any kind.
// Among several candidates, the one under the matching parent wins.
void match_exact(Side& a, Side& b, bool same_kind) {
    std::unordered_map<std::string, std::vector<int>> by_key;
    for (int j = 0; j < static_cast<int>(b.nodes.size()); ++j)
        if (b.match[static_cast<std::size_t>(j)] < 0) by_key[at(b, j).key].push_back(j);
    for (int i = 0; i < static_cast<int>(a.nodes.size()); ++i) {
        if (a.match[static_cast<std::size_t>(i)] >= 0) continue;
        auto it = by_key.find(at(a, i).key);
        if (it == by_key.end()) continue;
        int parent_match =
            at(a, i).parent < 0 ? -1 : a.match[static_cast<std::size_t>(at(a, i).parent)];
        int best = -1, looked = 0;
        for (int j : it->second) {
            if (b.match[static_cast<std::size_t>(j)] >= 0) continue;
            if (same_kind && at(b, j).node->kind != at(a, i).node->kind) continue;
            if (best < 0 || (at(b, j).parent == parent_match && at(b, best).parent != parent_match))
                best = j;
            if (++looked >= 64) break; // many equal titles: the first free ones suffice
        }
        if (best >= 0) link(a, b, i, best);
    }
}

double dice(const std::vector<std::string>& x, const std::vector<std::string>& y) {
    if (x.empty() || y.empty()) return 0.0;
    std::unordered_map<std::string_view, int> bag;
    for (const std::string& w : x) ++bag[w];
    int common = 0;
    for (const std::string& w : y)
        if (auto it = bag.find(w); it != bag.end() && it->second > 0) --it->second, ++common;
    return 2.0 * common / static_cast<double>(x.size() + y.size());
}

// Pass 3: what is left, by word similarity over the whole tree. Candidates
// share a rare word (an inverted index), so the work stays near-linear.
void match_similar(Side& a, Side& b, double threshold) {
    std::unordered_map<std::string_view, std::vector<int>> index;
    for (int j = 0; j < static_cast<int>(b.nodes.size()); ++j)
        if (b.match[static_cast<std::size_t>(j)] < 0)
            for (const std::string& w : at(b, j).words) index[w].push_back(j);
    constexpr std::size_t kCommon = 64; // words in more unmatched titles than this are not keys
    constexpr std::size_t kCandidates = 256; // per node
    struct Pair {
        double score;
        int i, j;
    };
    std::vector<Pair> pairs;
    for (int i = 0; i < static_cast<int>(a.nodes.size()); ++i) {
        if (a.match[static_cast<std::size_t>(i)] >= 0) continue;
        std::unordered_set<int> seen;
        for (const std::string& w : at(a, i).words) {
            auto it = index.find(w);
            if (it == index.end() || it->second.size() > kCommon) continue;
            for (int j : it->second) {
                if (seen.size() >= kCandidates || !seen.insert(j).second) continue;
                double s = dice(at(a, i).words, at(b, j).words);
                if (at(a, i).node->kind != at(b, j).node->kind) s *= 0.9;
                if (s >= threshold) pairs.push_back({s, i, j});
            }
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& x, const Pair& y) { return x.score > y.score; });
    for (const Pair& p : pairs)
        if (a.match[static_cast<std::size_t>(p.i)] < 0 &&
            b.match[static_cast<std::size_t>(p.j)] < 0)
            link(a, b, p.i, p.j);
}

NodeSide side_of(const Side& s, int i) {
    const Flat& f = at(s, i);
    NodeSide n{f.node->id,     std::string(kind_name(f.node->kind)),
               f.node->number, f.node->title,
               f.node->line,   {}};
    for (int p = f.parent; p >= 0; p = at(s, p).parent)
        n.path.insert(n.path.begin(), at(s, p).node->title);
    return n;
}

// The axe (with its territoire) a node belongs to, for grouping reports.
std::string group_of(const Side& s, int i) {
    std::string group;
    for (int p = i; p >= 0; p = at(s, p).parent) {
        Kind k = at(s, p).node->kind;
        if (k == Kind::axe || k == Kind::territoire)
            group = group.empty() ? at(s, p).node->title : at(s, p).node->title + " › " += group;
    }
    return group.empty() ? "(outside the axes)" : group;
}

int descendants(const Side& s, int i) {
    return at(s, i).size - 1;
}

// Added or removed nodes, reported at the top of each unmatched subtree.
void report_unmatched(const Side& s, ChangeType type, std::vector<Change>& out) {
    for (int i = 0; i < static_cast<int>(s.nodes.size()); ++i) {
        if (s.match[static_cast<std::size_t>(i)] >= 0) continue;
        int p = at(s, i).parent;
        if (p >= 0 && s.match[static_cast<std::size_t>(p)] < 0)
            continue; // inside an unmatched subtree
        Change c{type, {}, {}, 1.0, {}, {}, descendants(s, i), {}, {}, {}, group_of(s, i)};
        (type == ChangeType::added ? c.new_node : c.old_node) = side_of(s, i);
        out.push_back(std::move(c));
    }
}

// Longest increasing subsequence: the siblings that kept their relative
// order; the others moved among their siblings.
std::vector<bool> kept_in_order(const std::vector<int>& seq) {
    std::vector<int> tails, tail_at, prev(seq.size(), -1);
    for (int k = 0; k < static_cast<int>(seq.size()); ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), seq[static_cast<std::size_t>(k)]);
        auto len = static_cast<std::size_t>(it - tails.begin());
        if (it == tails.end()) {
            tails.push_back(seq[static_cast<std::size_t>(k)]);
            tail_at.push_back(k);
        } else {
            *it = seq[static_cast<std::size_t>(k)];
            tail_at[len] = k;
        }
        prev[static_cast<std::size_t>(k)] = len > 0 ? tail_at[len - 1] : -1;
    }
    std::vector<bool> kept(seq.size(), false);
    for (int k = tail_at.empty() ? -1 : tail_at.back(); k >= 0;
         k = prev[static_cast<std::size_t>(k)])
        kept[static_cast<std::size_t>(k)] = true;
    return kept;
}

bool same_parent(const Side& a, const Side& b, int i, int j) {
    int p = at(a, i).parent, q = at(b, j).parent;
    if (p < 0 || q < 0) return p < 0 && q < 0;
    return a.match[static_cast<std::size_t>(p)] == q;
}

void report_matched(const Side& a, const Side& b, const DiffOptions& o, std::vector<Change>& out) {
    for (int i = 0; i < static_cast<int>(a.nodes.size()); ++i) {
        int j = a.match[static_cast<std::size_t>(i)];
        if (j < 0) continue;
        const Flat& x = at(a, i);
        const Flat& y = at(b, j);
        bool moved = !same_parent(a, b, i, j);
        bool reworded = x.compared != y.compared;
        auto make = [&](ChangeType t) {
            Change c{t, side_of(a, i), side_of(b, j), 1.0, {}, {}, 0, {}, {}, {}, group_of(b, j)};
            if (t == ChangeType::moved || t == ChangeType::moved_reworded) c.scope = "parent";
            return c;
        };
        if (moved || reworded) {
            Change c = make(moved ? (reworded ? ChangeType::moved_reworded : ChangeType::moved)
                                  : ChangeType::reworded);
            if (reworded) {
                c.similarity = dice(x.words, y.words);
                c.words = diff_words(x.node->title, y.node->title);
            }
            out.push_back(std::move(c));
        }
        if (x.node->kind != y.node->kind) out.push_back(make(ChangeType::kind_changed));
        if (!o.ignore_numbering && x.node->number != y.node->number)
            out.push_back(make(ChangeType::number_changed));
    }
}

void report_reordered(const Side& a, const Side& b, std::vector<Change>& out) {
    std::map<int, std::vector<int>>
        by_parent; // new parent -> matched children kept under it, in new order
    for (int j = 0; j < static_cast<int>(b.nodes.size()); ++j) {
        int i = b.match[static_cast<std::size_t>(j)];
        if (i >= 0 && same_parent(a, b, i, j)) by_parent[at(b, j).parent].push_back(j);
    }
    for (const auto& [parent, kids] : by_parent) {
        std::vector<int> old_positions;
        for (int j : kids)
            old_positions.push_back(at(a, b.match[static_cast<std::size_t>(j)]).position);
        std::vector<bool> kept = kept_in_order(old_positions);
        for (std::size_t k = 0; k < kids.size(); ++k) {
            if (kept[k]) continue;
            int j = kids[k], i = b.match[static_cast<std::size_t>(j)];
            Change c{
                ChangeType::moved, side_of(a, i), side_of(b, j), 1.0, {}, "position", 0, {}, {}, {},
                group_of(b, j)};
            out.push_back(std::move(c));
        }
    }
}

void metadata_change(std::vector<Change>& out, const std::string& field, const std::string& before,
                     const std::string& after) {
    if (before == after) return;
    out.push_back(
        {ChangeType::metadata, {}, {}, 1.0, {}, {}, 0, field, before, after, "(metadata)"});
}

std::string period_text(const Document& d) {
    return d.period ? std::to_string(d.period->start) + "-" + std::to_string(d.period->end) : "";
}

template <typename T, typename F>
void set_changes(std::vector<Change>& out, const std::string& field, const std::vector<T>& before,
                 const std::vector<T>& after, F text) {
    std::multiset<std::string> x, y;
    for (const T& v : before) x.insert(text(v));
    for (const T& v : after) y.insert(text(v));
    for (const std::string& v : x)
        if (!y.count(v)) metadata_change(out, field, v, "");
    for (const std::string& v : y)
        if (!x.count(v)) metadata_change(out, field, "", v);
}

void report_metadata(const Document& a, const Document& b, std::vector<Change>& out) {
    metadata_change(out, "title", a.title, b.title);
    metadata_change(out, "territory", a.territory, b.territory);
    metadata_change(out, "period", period_text(a), period_text(b));
    set_changes(out, "date", a.dates, b.dates,
                [](const DateEntry& d) { return d.date + " " + d.role; });
    set_changes(out, "signatory", a.signatories, b.signatories,
                [](const Signatory& s) { return s.role + " | " + s.name; });
}

} // namespace

std::string_view change_type_name(ChangeType t) {
    switch (t) {
    case ChangeType::added:
        return "added";
    case ChangeType::removed:
        return "removed";
    case ChangeType::reworded:
        return "reworded";
    case ChangeType::moved:
        return "moved";
    case ChangeType::moved_reworded:
        return "moved_reworded";
    case ChangeType::kind_changed:
        return "kind_changed";
    case ChangeType::number_changed:
        return "number_changed";
    default:
        return "metadata";
    }
}

int DiffResult::count(ChangeType t) const {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [&](const Change& c) { return c.type == t; }));
}

std::vector<WordOp> diff_words(std::string_view old_text, std::string_view new_text) {
    auto split = [](std::string_view s) {
        std::vector<std::string> w;
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t e = s.find(' ', i);
            if (e == std::string_view::npos) e = s.size();
            if (e > i) w.emplace_back(s.substr(i, e - i));
            i = e + 1;
        }
        return w;
    };
    std::vector<std::string> x = split(old_text), y = split(new_text);
    if (x.size() * y.size() > 250000)
        return {{'-', std::string(old_text)}, {'+', std::string(new_text)}};
    std::vector<std::vector<int>> lcs(x.size() + 1, std::vector<int>(y.size() + 1, 0));
    for (std::size_t i = x.size(); i-- > 0;)
        for (std::size_t j = y.size(); j-- > 0;)
            lcs[i][j] =
                x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<WordOp> ops;
    auto push = [&](char op, const std::string& w) {
        if (!ops.empty() && ops.back().op == op)
            ops.back().text += " " + w;
        else
            ops.push_back({op, w});
    };
    std::size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        if (i < x.size() && j < y.size() && x[i] == y[j])
            push('=', x[i]), ++i, ++j;
        else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1]))
            push('-', x[i++]);
        else
            push('+', y[j++]);
    }
    return ops;
}

DiffResult diff_documents(const Document& old_doc, const Document& new_doc,
                          const DiffOptions& options) {
    Side a = flatten(old_doc, options), b = flatten(new_doc, options);
    match_exact(a, b, true);
    match_exact(a, b, false);
    match_similar(a, b, options.threshold);
    DiffResult r;
    report_metadata(old_doc, new_doc, r.changes);
    report_unmatched(a, ChangeType::removed, r.changes);
    report_unmatched(b, ChangeType::added, r.changes);
    report_matched(a, b, options, r.changes);
    report_reordered(a, b, r.changes);
    return r;
}

} // namespace perr
