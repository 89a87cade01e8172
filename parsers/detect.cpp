#include "parsers/detect.h"

#include <array>

#include "utilities/text.h"

namespace perr {
namespace {

constexpr std::array<std::pair<Layout, std::string_view>, 8> kNames{{
    {Layout::text, "text"},
    {Layout::web, "web"},
    {Layout::markdown, "markdown"},
    {Layout::html_table, "html-table"},
    {Layout::html, "html"},
    {Layout::pdf, "pdf"},
    {Layout::docx, "docx"},
    {Layout::odt, "odt"},
}};

struct LayoutSignals {
    int lines = 0;       // non-blank
    int table_rows = 0;  // TAB-separated cells holding HTML
    int table_ends = 0;  // "--<TAB>--"
    int html_blocks = 0; // lines opening with a block tag
    int furniture = 0;   // page furniture of scraped web pages
    int markdown = 0;    // emphasis, headings, indented items
};

bool contains_tag(std::string_view s) {
    for (std::string_view tag :
         {"<p>", "<p ", "<ul", "<li", "<i>", "<small>", "<u>", "</p>", "<br"})
        if (s.find(tag) != std::string_view::npos) return true;
    return false;
}

bool opens_with_block_tag(std::string_view s) {
    for (std::string_view tag : {"<!doctype", "<html", "<body", "<h1", "<h2", "<h3", "<h4",
                                 "<table", "<div", "<tr", "<ol", "<ul", "<li"})
        if (starts_with_ci(s, tag)) return true;
    return false;
}

bool is_furniture_marker(std::string_view s) {
    static constexpr std::array<std::string_view, 5> kMarkers{"Vous êtes ici", "Commentaire",
                                                              "(Source :", "Partager", "Imprimer"};
    for (std::string_view m : kMarkers)
        if (s.find(m) != std::string_view::npos && s.size() < 200) return true;
    return false;
}

bool looks_markdown(std::string_view raw, std::string_view t) {
    if (t.starts_with("#") || t.starts_with("**") || t.starts_with("- *") || t.starts_with("* "))
        return true;
    if (raw.starts_with(" - ") || raw.starts_with("  - ")) return true;
    return t.find("**") != std::string_view::npos;
}

void count_line(std::string_view raw, LayoutSignals& s) {
    std::string_view t = trim(raw);
    if (t.empty()) return;
    ++s.lines;
    if (t == "--\t--" || raw.starts_with("--\t--")) ++s.table_ends;
    if (raw.find('\t') != std::string_view::npos && contains_tag(raw)) ++s.table_rows;
    if (opens_with_block_tag(t)) ++s.html_blocks;
    if (is_furniture_marker(t)) ++s.furniture;
    if (looks_markdown(raw, t)) ++s.markdown;
}

} // namespace

std::string_view layout_name(Layout l) {
    for (const auto& [layout, name] : kNames)
        if (layout == l) return name;
    return "text";
}

std::vector<std::string_view> layout_names() {
    std::vector<std::string_view> names;
    for (const auto& entry : kNames) names.push_back(entry.second);
    return names;
}

std::optional<Layout> layout_from_name(std::string_view name) {
    for (const auto& [layout, n] : kNames)
        if (n == name) return layout;
    return std::nullopt;
}

Layout detect_layout(std::string_view text) {
    std::string_view start = trim(text.substr(0, 512));
    if (starts_with_ci(start, "<!doctype html") || starts_with_ci(start, "<html"))
        return Layout::html;
    LayoutSignals s;
    for (std::string_view line : Lines(text)) count_line(line, s);
    if (s.lines == 0) return Layout::text;
    // A handful of TAB rows (a signature table in a text export) do not make
    // a table document; a real one is rows all the way down.
    if (s.table_rows * 5 >= s.lines || (s.table_ends > 0 && s.table_rows >= 3))
        return Layout::html_table;
    if (s.html_blocks * 4 >= s.lines) return Layout::html;
    if (s.furniture >= 2) return Layout::web;
    if (s.markdown >= 2) return Layout::markdown;
    return Layout::text;
}

} // namespace perr
