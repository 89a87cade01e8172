#include "parsers/odt_styles.h"

#include <charconv>

#include "utilities/xml_tree.h"

namespace perr {
namespace {

constexpr std::size_t kMaxListLevels = 10; // ODF's list levels

int to_int(const std::string& s, int fallback) {
    int v = fallback;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() ? v : fallback;
}

OdtStyle read_style(const xmlNode* s) {
    OdtStyle style;
    style.parent = attribute(s, "parent-style-name");
    style.list_style = attribute(s, "list-style-name");
    style.outline_level = to_int(attribute(s, "default-outline-level"), 0);
    if (const xmlNode* t = child(s, "text-properties")) {
        if (has_attribute(t, "font-weight")) {
            std::string w = attribute(t, "font-weight");
            style.bold = w == "bold" || to_int(w, 0) >= 600 ? 1 : 0;
        }
        if (has_attribute(t, "font-style"))
            style.italic = attribute(t, "font-style") == "normal" ? 0 : 1;
    }
    return style;
}

std::vector<OdtListLevel> read_list_style(const xmlNode* list) {
    std::vector<OdtListLevel> levels(kMaxListLevels);
    for (const xmlNode* l = list->children; l != nullptr; l = l->next) {
        bool number = is_element(l, "list-level-style-number");
        if (!number && !is_element(l, "list-level-style-bullet")) continue;
        int at = to_int(attribute(l, "level"), 0);
        if (at < 1 || static_cast<std::size_t>(at) > kMaxListLevels) continue;
        OdtListLevel& level = levels[static_cast<std::size_t>(at - 1)];
        level.bullet = !number;
        level.glyph = attribute(l, "bullet-char");
        level.format = attribute(l, "num-format");
        level.prefix = attribute(l, "num-prefix");
        level.suffix = attribute(l, "num-suffix");
        level.display_levels = std::max(1, to_int(attribute(l, "display-levels"), 1));
        level.start = to_int(attribute(l, "start-value"), 1);
    }
    return levels;
}

} // namespace

void OdtStyles::read(const xmlNode* container) {
    if (container == nullptr) return;
    for (const xmlNode* s = container->children; s != nullptr; s = s->next) {
        if (is_element(s, "style"))
            by_name[attribute(s, "name")] = read_style(s);
        else if (is_element(s, "list-style"))
            lists[attribute(s, "name")] = read_list_style(s);
    }
}

OdtStyle OdtStyles::resolved(const std::string& name) const {
    OdtStyle out;
    std::string at = name;
    for (int depth = 0; depth < 16 && !at.empty(); ++depth) { // parent chains can loop
        auto it = by_name.find(at);
        if (it == by_name.end()) break;
        const OdtStyle& s = it->second;
        if (out.bold < 0) out.bold = s.bold;
        if (out.italic < 0) out.italic = s.italic;
        if (out.outline_level == 0) out.outline_level = s.outline_level;
        if (out.list_style.empty()) out.list_style = s.list_style;
        at = s.parent;
    }
    return out;
}

} // namespace perr
