// Paragraph reassembly for line-based text: converters hard-wrap lines
// (pdftotext at the page's width, pandoc at 72 columns, a text export at
// 76), so one item or sentence arrives as several lines. Runs after page
// furniture is removed and before anything is classified.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "parsers/paragraph.h"
#include "utilities/text_store.h"

namespace perr {

// How the document's lines were wrapped: `width` is the usual length of a
// full line (in characters); `wrapped` is false for text with one
// paragraph per line, where only hanging indents and lower-case starts join.
struct WrapProfile {
    std::size_t width = 0;
    bool wrapped = false;
};

WrapProfile wrap_profile(const std::vector<Paragraph>& lines);

// A line opens its own paragraph whatever its shape (a kind label, a
// section heading): the vocabulary's say, given by the caller.
using OpensBlock = std::function<bool(const Paragraph&)>;

// Joins each line without marker, number or heading that continues the
// paragraph above it (a hanging indent, a lower-case start, or a previous
// line that was full and unfinished); undoes end-of-line hyphenation. A
// joined paragraph keeps its first line's number; its text lives in
// `storage`. Blank lines, once they have parted the paragraphs, are left
// out: every later stage passed over them (a third or more of the lines of
// a converted page).
std::vector<Paragraph> reassemble(std::vector<Paragraph> lines, TextStore& storage,
                                  const OpensBlock& opens_block);

// Indentation that a layout engine placed one column apart ("   •" at 8
// and 9 columns for one list level) is one indentation: each indent of 3
// columns or more takes the smallest value of its run of values one column
// apart. Smaller indents (markdown's) are kept as they are, but in paged
// text (form feeds: a layout engine's), where a page can sit one column
// left of the others, from column 0.
void snap_indents(std::vector<Paragraph>& lines);

// "accompa-" + "gnement" -> "accompagnement"; "socio-" + "culturel" keeps
// its hyphen. `left` ends with '-'.
std::string join_hyphenated(std::string_view left, std::string_view right);

} // namespace perr
