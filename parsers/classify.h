// Stage 4 for the line layouts: what each line is (a section heading, an
// axe heading, a label, an item, prose ...), from its shape and the
// domain's vocabulary. Still no tree: that is tree_builder's job.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "parsers/detect.h"
#include "parsers/line_lexer.h"
#include "parsers/vocabulary.h"

namespace perr {

enum class Role : std::uint8_t {
    blank,
    furniture,    // web page chrome: dropped
    source,       // "(Source : URL)": metadata
    section,      // Préambule, Article 3, Annexe, Signatures ...
    labelled,     // "Axe 1 : X", "Objectif stratégique : X": kind + title
    group_label,  // "Objectifs opérationnels :": kind for the items after it
    verb_heading, // "RENFORCER :": an axe
    numbered,     // un-bulleted "1. X", "A. X"
    item,         // bulleted line
    paragraph,    // anything else
    territoire,   // one territory's part begins (multi-territory files)
};

struct Block {
    Paragraph* line = nullptr; // the node the outline pass makes views its text
    // Kind, number and title of a labelled or territoire block; null for the
    // other roles, most lines: a pointer, not two strings, per line.
    std::unique_ptr<LabelledHeading> labelled = nullptr;
    Role role = Role::blank; // the one-byte fields last: a block takes 24 bytes, not 32
    GroupLabel group{Kind::texte, std::nullopt}; // group_label
    bool names_axe = false;                      // item that reads "Axe N : ..."
    bool heading_like = false;                   // short un-punctuated paragraph

    // The labelled heading, or an empty one of kind texte.
    const LabelledHeading& heading() const;
};

std::vector<Block> classify_lines(std::vector<Paragraph>& lines, Layout layout,
                                  const Vocabulary& vocab);

// The territory a `territoire` block opens (a table's part header, or a
// protocol title naming one of several territories).
std::string_view territoire_name(const Block& b);

// A short line without closing punctuation that starts with a capital:
// how sub-headings look in converted text.
bool looks_like_heading(const Paragraph& line);

} // namespace perr
