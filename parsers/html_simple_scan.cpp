#include "parsers/html_simple_scan.h"

#include <array>

#include "parsers/html_block_writer.h"

namespace perr {
namespace {

struct SimpleTag {
    std::string_view text; // exactly, in lower case, without attributes
    Tag tag;               // `other` for the inline tags the writer ignores
    bool end;
};

// <p> and <br> end blocks; the others are inline, and must nest.
constexpr std::array<SimpleTag, 15> kSimpleTags{{
    {"<p>", Tag::p, false},
    {"</p>", Tag::p, true},
    {"<br>", Tag::br, false},
    {"<i>", Tag::i, false},
    {"</i>", Tag::i, true},
    {"<em>", Tag::em, false},
    {"</em>", Tag::em, true},
    {"<b>", Tag::b, false},
    {"</b>", Tag::b, true},
    {"<strong>", Tag::strong, false},
    {"</strong>", Tag::strong, true},
    {"<u>", Tag::other, false},
    {"</u>", Tag::other, true},
    {"<small>", Tag::other, false},
    {"</small>", Tag::other, true},
}};

const SimpleTag* simple_tag_at(std::string_view html, std::size_t i) {
    for (const SimpleTag& t : kSimpleTags)
        if (html.compare(i, t.text.size(), t.text) == 0) return &t;
    return nullptr;
}

// Text bytes libxml2 reads as they are, with no error: not markup ('<',
// '>', '&'), no control character, no line break (a block's line is then
// the fragment's first). 0xEF leads are looked at: EF BF starts U+FFC0 to
// U+FFFF, among them U+FFFE and U+FFFF, no characters to libxml2, and all
// are left to it.
constexpr std::array<bool, 256> kTextStop = [] {
    std::array<bool, 256> t{};
    for (std::size_t b = 0; b < 0x20; ++b) t[b] = true;
    for (std::size_t b : {0x3Cu, 0x3Eu, 0x26u, 0x7Fu, 0xEFu}) t[b] = true; // < > &
    return t;
}();

// The end of the text run from i (the next '<' or the end), or npos when
// it holds a byte that is not simple text.
std::size_t text_run_end(std::string_view html, std::size_t i) {
    for (; i < html.size(); ++i) {
        auto c = static_cast<unsigned char>(html[i]);
        if (!kTextStop[c]) continue;
        if (c == '<') return i;
        if (c != 0xEF || html.compare(i, 2, "\xEF\xBF") == 0) return std::string_view::npos;
    }
    return i;
}

bool is_blank(std::string_view s) {
    for (char c : s)
        if (c != ' ') return false;
    return true;
}

// The parse's state: libxml2's open paragraph and inline elements.
struct OpenElements {
    bool any_tag = false;                  // a tag was read: the body exists
    bool paragraph = false;                // a <p> is open (written or implied)
    std::vector<const SimpleTag*> inline_; // innermost last
};

// One tag's events; false when libxml2 would not read it as simply.
bool read_tag(const SimpleTag& t, OpenElements& open, BlockWriter& writer) {
    open.any_tag = true;
    if (t.tag == Tag::br) {
        writer.open(Tag::br);
        writer.close(Tag::br);
        return true;
    }
    if (t.tag == Tag::p) {
        // A paragraph inside an inline element, or closing one, is misnested.
        if (!open.inline_.empty() || (t.end && !open.paragraph)) return false;
        if (open.paragraph) writer.close(Tag::p); // a <p> closes the one open
        if (!t.end) writer.open(Tag::p);
        open.paragraph = !t.end;
        return true;
    }
    if (t.end) {
        if (open.inline_.empty() || open.inline_.back()->text.substr(1) != t.text.substr(2))
            return false;
        open.inline_.pop_back();
        writer.close(t.tag);
        return true;
    }
    open.inline_.push_back(&t);
    writer.open(t.tag);
    return true;
}

} // namespace

std::optional<std::vector<HtmlBlock>> scan_simple_fragment(std::string_view html) {
    BlockWriter writer(false);
    OpenElements open;
    for (std::size_t i = 0; i < html.size();) {
        std::size_t end = text_run_end(html, i);
        if (end == std::string_view::npos) return std::nullopt;
        if (end > i) {
            std::string_view text = html.substr(i, end - i);
            // Text before any tag opens a paragraph libxml2 implies.
            if (!open.any_tag && !is_blank(text)) open.paragraph = true;
            writer.text(text, 1);
            i = end;
            if (i == html.size()) break;
        }
        const SimpleTag* t = simple_tag_at(html, i);
        if (t == nullptr || !read_tag(*t, open, writer)) return std::nullopt;
        i += t->text.size();
    }
    // Nothing but blanks is an empty document to libxml2, an error.
    if (!open.inline_.empty() || (!open.any_tag && !open.paragraph)) return std::nullopt;
    return writer.finish();
}

} // namespace perr
