// What a .docx says about its paragraphs outside the paragraphs themselves:
// styles.xml (heading levels of "Heading N" / "Title" styles and outline
// levels, bold and italic of paragraph and character styles, a style's own
// list) and numbering.xml (each list level's format and label pattern, so
// "%1.%2." is displayed "1.2.").
#pragma once

#include <map>
#include <string>
#include <vector>

#include <libxml/tree.h>

namespace perr {

struct DocxStyle {
    int heading_level = 0; // 0: not a heading
    int bold = -1;         // -1: inherited, 0: off, 1: on
    int italic = -1;
    std::string num_id; // a list the style's paragraphs belong to
    int ilvl = 0;
    std::string based_on;
};

struct DocxStyles {
    std::map<std::string, DocxStyle> by_id;
    // The style with its based-on chain applied (heading level, emphasis, list).
    DocxStyle resolved(const std::string& id) const;
};

struct DocxLevel {
    std::string format = "decimal"; // w:numFmt: decimal, lowerLetter, upperRoman, bullet, none...
    std::string text = "%1.";       // w:lvlText
    int start = 1;
};

// A w:num's levels (its abstract numbering with the overrides applied).
struct DocxNumbering {
    std::map<std::string, std::vector<DocxLevel>> levels_by_num_id;
    std::map<std::string, std::string> abstract_of; // numId -> abstractNumId
};

// True for a w:b / w:i style element that switches the property on.
bool docx_toggle_on(const xmlNode* n);

DocxStyles read_docx_styles(const xmlNode* styles_root);
DocxNumbering read_docx_numbering(const xmlNode* numbering_root);

// Keeps the counters of every list and formats the label of the next item
// at `ilvl` of list `num_id` ("" for an unknown list; the glyph for a bullet).
class DocxCounters {
  public:
    explicit DocxCounters(const DocxNumbering& numbering) : numbering_(numbering) {}
    std::string next_label(const std::string& num_id, int ilvl, bool& bullet);

  private:
    const DocxNumbering& numbering_;
    std::map<std::string, std::vector<int>> counters_; // by abstract numbering
};

} // namespace perr
