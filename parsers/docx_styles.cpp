#include "parsers/docx_styles.h"

#include <algorithm>
#include <charconv>

#include "parsers/office_paragraph.h"
#include "utilities/text.h"
#include "utilities/xml_tree.h"

namespace perr {
namespace {

constexpr int kMaxLevels = 9; // Word's list levels and heading levels

int to_int(const std::string& s, int fallback) {
    int v = fallback;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() ? v : fallback;
}

// "heading 3" (the built-in name, whatever the styleId's language) -> 3;
// "Title" -> 1.
int heading_of_name(const std::string& name) {
    std::string f = fold(name);
    if (f == "title" || f == "titre") return 1;
    for (std::string_view prefix : {"heading ", "titre "})
        if (f.starts_with(prefix)) {
            int n = to_int(f.substr(prefix.size()), 0);
            return n >= 1 && n <= kMaxLevels ? n : 0;
        }
    return 0;
}

void read_run_properties(const xmlNode* rpr, DocxStyle& style) {
    if (rpr == nullptr) return;
    if (const xmlNode* b = child(rpr, "b")) style.bold = docx_toggle_on(b) ? 1 : 0;
    if (const xmlNode* i = child(rpr, "i")) style.italic = docx_toggle_on(i) ? 1 : 0;
}

DocxStyle read_style(const xmlNode* s) {
    DocxStyle style;
    if (const xmlNode* name = child(s, "name"))
        style.heading_level = heading_of_name(attribute(name, "val"));
    if (const xmlNode* based = child(s, "basedOn")) style.based_on = attribute(based, "val");
    if (const xmlNode* ppr = child(s, "pPr")) {
        if (const xmlNode* outline = child(ppr, "outlineLvl")) {
            int lvl = to_int(attribute(outline, "val"), 9);
            if (lvl >= 0 && lvl < kMaxLevels && style.heading_level == 0)
                style.heading_level = lvl + 1;
        }
        if (const xmlNode* num = child(ppr, "numPr")) {
            if (const xmlNode* id = child(num, "numId")) style.num_id = attribute(id, "val");
            if (const xmlNode* lvl = child(num, "ilvl"))
                style.ilvl = to_int(attribute(lvl, "val"), 0);
        }
    }
    read_run_properties(child(s, "rPr"), style);
    return style;
}

std::vector<DocxLevel> read_levels(const xmlNode* abstract) {
    std::vector<DocxLevel> levels(kMaxLevels);
    for (const xmlNode* l = abstract->children; l != nullptr; l = l->next) {
        if (!is_element(l, "lvl")) continue;
        int ilvl = to_int(attribute(l, "ilvl"), -1);
        if (ilvl < 0 || ilvl >= kMaxLevels) continue;
        DocxLevel& level = levels[static_cast<std::size_t>(ilvl)];
        if (const xmlNode* f = child(l, "numFmt")) level.format = attribute(f, "val");
        if (const xmlNode* t = child(l, "lvlText")) level.text = attribute(t, "val");
        if (const xmlNode* s = child(l, "start")) level.start = to_int(attribute(s, "val"), 1);
    }
    return levels;
}

} // namespace

bool docx_toggle_on(const xmlNode* n) {
    if (!has_attribute(n, "val")) return true;
    std::string v = attribute(n, "val");
    return v != "0" && v != "false" && v != "off";
}

DocxStyle DocxStyles::resolved(const std::string& id) const {
    DocxStyle out;
    std::string at = id;
    for (int depth = 0; depth < 16 && !at.empty(); ++depth) { // based-on chains can loop
        auto it = by_id.find(at);
        if (it == by_id.end()) break;
        const DocxStyle& s = it->second;
        if (out.heading_level == 0) out.heading_level = s.heading_level;
        if (out.bold < 0) out.bold = s.bold;
        if (out.italic < 0) out.italic = s.italic;
        if (out.num_id.empty()) {
            out.num_id = s.num_id;
            out.ilvl = s.ilvl;
        }
        at = s.based_on;
    }
    return out;
}

DocxStyles read_docx_styles(const xmlNode* root) {
    DocxStyles styles;
    if (root == nullptr) return styles;
    for (const xmlNode* s = root->children; s != nullptr; s = s->next)
        if (is_element(s, "style")) styles.by_id[attribute(s, "styleId")] = read_style(s);
    return styles;
}

DocxNumbering read_docx_numbering(const xmlNode* root) {
    DocxNumbering numbering;
    if (root == nullptr) return numbering;
    std::map<std::string, std::vector<DocxLevel>> abstracts;
    for (const xmlNode* n = root->children; n != nullptr; n = n->next)
        if (is_element(n, "abstractNum")) abstracts[attribute(n, "abstractNumId")] = read_levels(n);
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
        if (!is_element(n, "num")) continue;
        const xmlNode* abstract = child(n, "abstractNumId");
        if (abstract == nullptr) continue;
        std::string abstract_id = attribute(abstract, "val");
        auto found = abstracts.find(abstract_id);
        if (found == abstracts.end()) continue;
        std::vector<DocxLevel> levels = found->second;
        for (const xmlNode* o = n->children; o != nullptr; o = o->next) {
            if (!is_element(o, "lvlOverride")) continue;
            int ilvl = to_int(attribute(o, "ilvl"), -1);
            const xmlNode* start = child(o, "startOverride");
            if (ilvl >= 0 && ilvl < kMaxLevels && start != nullptr)
                levels[static_cast<std::size_t>(ilvl)].start = to_int(attribute(start, "val"), 1);
        }
        std::string num_id = attribute(n, "numId");
        numbering.levels_by_num_id[num_id] = std::move(levels);
        numbering.abstract_of[num_id] = abstract_id;
    }
    return numbering;
}

namespace {

// The label as perr's lexer reads numbers: the levels a pattern shows joined
// by '.', whatever Word puts between them ("%1-%2" is "1.2"), and a closing
// parenthesis or a period after them ("%1.%2 :" is "1.2."). A pattern that
// names something ("Axe %1 :") is kept as written, its numbers joined alike.
// Levels of different formats ("%1-%2" over upperRoman and decimal) cannot
// be one decimal path: only the last is shown, the list level says the depth.
std::string displayed_label(const std::string& pattern, const std::vector<DocxLevel>& levels,
                            const std::vector<int>& counts) {
    std::vector<std::size_t> shown;
    std::size_t first = pattern.size(), last = 0;
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i)
        if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            shown.push_back(static_cast<std::size_t>(pattern[i + 1] - '1'));
            first = std::min(first, i);
            last = i + 2;
        }
    if (shown.empty()) return pattern;
    bool mixed = std::any_of(shown.begin(), shown.end(), [&](std::size_t k) {
        return levels[k].format != levels[shown.back()].format;
    });
    if (mixed) shown.erase(shown.begin(), shown.end() - 1);
    std::string number;
    for (std::size_t k : shown) {
        if (!number.empty()) number += '.';
        number +=
            format_list_number(counts[k] == 0 ? levels[k].start : counts[k], levels[k].format);
    }
    std::string_view prefix = std::string_view(pattern).substr(0, first);
    std::string_view suffix = std::string_view(pattern).substr(last);
    bool names = std::any_of(prefix.begin(), prefix.end(),
                             [](char c) { return is_ascii_alpha(c) || (c & 0x80) != 0; });
    if (names) return std::string(prefix) + number + std::string(suffix);
    return number + (suffix.find(')') != std::string_view::npos ? ")" : ".");
}

} // namespace

std::string DocxCounters::next_label(const std::string& num_id, int ilvl, bool& bullet) {
    bullet = false;
    auto found = numbering_.levels_by_num_id.find(num_id);
    if (found == numbering_.levels_by_num_id.end() || ilvl < 0 || ilvl >= kMaxLevels) return {};
    const std::vector<DocxLevel>& levels = found->second;
    const DocxLevel& level = levels[static_cast<std::size_t>(ilvl)];
    if (level.format == "bullet") {
        bullet = true;
        return level.text;
    }
    // Word counts per abstract numbering: two w:num sharing one continue it.
    std::vector<int>& counts = counters_[numbering_.abstract_of.at(num_id)];
    if (counts.empty()) counts.assign(kMaxLevels, 0);
    auto at = static_cast<std::size_t>(ilvl);
    counts[at] = counts[at] == 0 ? level.start : counts[at] + 1;
    std::fill(counts.begin() + static_cast<std::ptrdiff_t>(at) + 1, counts.end(), 0);
    return displayed_label(level.text, levels, counts);
}

} // namespace perr
