// The styles of an OpenDocument text (content.xml's automatic styles and
// styles.xml's named ones): which paragraph and text styles are bold or
// italic, which paragraph styles are headings or belong to a list, and how
// each list style numbers its levels.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <libxml/tree.h>

namespace perr {

struct OdtStyle {
    std::string parent;
    int bold = -1; // -1 inherited, 0 off, 1 on
    int italic = -1;
    int outline_level = 0; // style:default-outline-level
    std::string list_style;
};

struct OdtListLevel {
    bool bullet = true;
    std::string glyph;  // text:bullet-char
    std::string format; // style:num-format: "1", "a", "A", "i", "I", ""
    std::string prefix, suffix;
    int display_levels = 1;
    int start = 1;
};

struct OdtStyles {
    std::map<std::string, OdtStyle> by_name;
    std::map<std::string, std::vector<OdtListLevel>> lists;

    // Adds the styles below an office:styles or office:automatic-styles element.
    void read(const xmlNode* container);
    // The style with its parents applied.
    OdtStyle resolved(const std::string& name) const;
};

} // namespace perr
