// The blocks of an HTML fragment, from its elements and texts in document
// order: block elements end a block, <i>/<em> and <b>/<strong> mark spans,
// lists and tables give a block its nesting and its cell. Fed by the walk
// of libxml2's tree (html_fragment.cpp) and by the scanner of simple
// fragments (html_simple_scan.cpp): the same events give the same blocks.
#pragma once

#include <string_view>
#include <vector>

#include "parsers/html_fragment.h"

namespace perr {

// The elements the writer tells apart; any other is `other`. An element's
// tag is looked up once, not once per question asked of it.
// clang-format off
enum class Tag : unsigned char {
    other, p, div, li, ul, ol, br, tr, td, th, table, title, h1, h2, h3, h4, h5, h6,
    blockquote, section, article, dd, dt, i, em, b, strong, script, style, noscript, nav,
    header, footer, meta, link, template_, head, thead, tbody,
};

// An element's tag from its name, in any case (libxml2's HTML parser
// lowers names; they are compared without case all the same).
Tag tag_named(std::string_view name);

class BlockWriter {
  public:
    explicit BlockWriter(bool keep_lists) : keep_lists_(keep_lists) {}

    // One text node's text (libxml2 never splits a run of text in two),
    // which starts on source line `line`.
    void text(std::string_view s, int line);
    // An element's start and end. `data_table`: a <table> whose first row
    // names its columns in <th>.
    void open(Tag t, bool data_table = false);
    void close(Tag t);
    // The blocks, the last one ended.
    std::vector<HtmlBlock> finish();

  private:
    void flush();

    bool keep_lists_;
    struct Table {
        bool data;
        int column;
    };
    int italic_ = 0, bold_ = 0, list_depth_ = 0, cell_depth_ = 0, column_ = -1;
    bool header_ = false;
    std::vector<Table> tables_;
    HtmlBlock cur_;
    std::vector<HtmlBlock> blocks_;
};

} // namespace perr
