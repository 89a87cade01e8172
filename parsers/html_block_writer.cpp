#include "parsers/html_block_writer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "utilities/html5_c1.h"

namespace perr {
namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

constexpr std::array<std::pair<std::string_view, Tag>, 38> kTags{{
    {"article", Tag::article},
    {"b", Tag::b},
    {"blockquote", Tag::blockquote},
    {"br", Tag::br},
    {"dd", Tag::dd},
    {"div", Tag::div},
    {"dt", Tag::dt},
    {"em", Tag::em},
    {"footer", Tag::footer},
    {"h1", Tag::h1},
    {"h2", Tag::h2},
    {"h3", Tag::h3},
    {"h4", Tag::h4},
    {"h5", Tag::h5},
    {"h6", Tag::h6},
    {"head", Tag::head},
    {"header", Tag::header},
    {"i", Tag::i},
    {"li", Tag::li},
    {"link", Tag::link},
    {"meta", Tag::meta},
    {"nav", Tag::nav},
    {"noscript", Tag::noscript},
    {"ol", Tag::ol},
    {"p", Tag::p},
    {"script", Tag::script},
    {"section", Tag::section},
    {"strong", Tag::strong},
    {"style", Tag::style},
    {"table", Tag::table},
    {"tbody", Tag::tbody},
    {"td", Tag::td},
    {"template", Tag::template_},
    {"th", Tag::th},
    {"thead", Tag::thead},
    {"title", Tag::title},
    {"tr", Tag::tr},
    {"ul", Tag::ul},
}};
// clang-format on
static_assert(std::is_sorted(kTags.begin(), kTags.end()), "kTags is searched by halves");

bool is_block(Tag t) {
    switch (t) {
    case Tag::p:
    case Tag::div:
    case Tag::li:
    case Tag::ul:
    case Tag::ol:
    case Tag::br:
    case Tag::tr:
    case Tag::td:
    case Tag::th:
    case Tag::table:
    case Tag::title:
    case Tag::h1:
    case Tag::h2:
    case Tag::h3:
    case Tag::h4:
    case Tag::h5:
    case Tag::h6:
    case Tag::blockquote:
    case Tag::section:
    case Tag::article:
    case Tag::dd:
    case Tag::dt:
        return true;
    default:
        return false;
    }
}

int heading_level(Tag t) {
    return t >= Tag::h1 && t <= Tag::h6 ? static_cast<int>(t) - static_cast<int>(Tag::h1) + 1 : 0;
}

// The bytes text() looks at: white space, and the lead bytes of the
// spaces and C1 controls it replaces. Runs of any other are copied whole.
constexpr std::array<bool, 256> kLooked = [] {
    std::array<bool, 256> t{};
    for (std::size_t b : {0x20u, 0x09u, 0x0Au, 0x0Du, 0x0Cu, 0xC2u, 0xE2u}) t[b] = true;
    return t;
}();

} // namespace

Tag tag_named(std::string_view name) {
    std::array<char, 12> lower{};
    if (name.size() > lower.size()) return Tag::other; // longer than any name above
    for (std::size_t i = 0; i < name.size(); ++i)
        lower[i] = static_cast<char>(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    std::string_view key(lower.data(), name.size());
    auto it =
        std::lower_bound(kTags.begin(), kTags.end(), key,
                         [](const auto& entry, std::string_view k) { return entry.first < k; });
    return it != kTags.end() && it->first == key ? it->second : Tag::other;
}

void BlockWriter::text(std::string_view s, int line) {
    std::string& text = cur_.text;
    if (text.empty()) cur_.line = line;
    std::size_t start = text.size();
    auto at = [&](std::size_t k) { return k < s.size() ? s[k] : '\0'; };
    for (std::size_t p = 0; p < s.size(); ++p) {
        std::size_t run = p;
        while (p < s.size() && !kLooked[static_cast<unsigned char>(s[p])]) ++p;
        text.append(s.data() + run, p - run);
        if (p == s.size()) break;
        // &nbsp; and its narrow and thin cousins are spaces to every reader.
        if ((at(p) == '\xC2' && at(p + 1) == '\xA0') ||
            (at(p) == '\xE2' && at(p + 1) == '\x80' &&
             (at(p + 2) == '\xAF' || at(p + 2) == '\x89'))) {
            p += s[p] == '\xC2' ? 1u : 2u;
            if (!text.empty() && text.back() != ' ') text += ' ';
            continue;
        }
        // A C1 control (U+0080..U+009F) is a windows-1252 character
        // that libxml2 read as HTML 4 does (&#146;): read it as HTML5 does.
        if (s[p] == '\xC2' && static_cast<unsigned char>(at(p + 1)) >= 0x80 &&
            static_cast<unsigned char>(at(p + 1)) <= 0x9F) {
            append_html5_c1(text, static_cast<unsigned char>(s[p + 1]));
            ++p;
            continue;
        }
        if (is_ascii_space(s[p])) {
            if (!text.empty() && text.back() != ' ') text += ' ';
        } else {
            text += s[p];
        }
    }
    std::size_t end = text.size();
    if (end == start) return;
    if (italic_ > 0) cur_.italic.push_back({start, end});
    if (bold_ > 0) cur_.bold.push_back({start, end});
}

void BlockWriter::open(Tag t, bool data_table) {
    if (is_block(t)) flush();
    if (t == Tag::i || t == Tag::em) ++italic_;
    if (t == Tag::b || t == Tag::strong) ++bold_;
    if (keep_lists_ && (t == Tag::ul || t == Tag::ol)) ++list_depth_;
    if (t == Tag::li) cur_.list_item = true;
    if (t == Tag::table) tables_.push_back({data_table, 0});
    if (t == Tag::tr && !tables_.empty()) tables_.back().column = 0;
    if (t == Tag::td || t == Tag::th) {
        ++cell_depth_;
        if (!tables_.empty() && tables_.back().data) {
            column_ = tables_.back().column++;
            header_ = t == Tag::th;
        }
    }
    cur_.table_cell = cell_depth_ > 0;
    cur_.column = cell_depth_ > 0 ? column_ : -1;
    cur_.header_cell = cell_depth_ > 0 && header_;
    if (int h = heading_level(t)) cur_.heading = h;
}

void BlockWriter::close(Tag t) {
    if (is_block(t)) flush();
    if (t == Tag::i || t == Tag::em) --italic_;
    if (t == Tag::b || t == Tag::strong) --bold_;
    if (keep_lists_ && (t == Tag::ul || t == Tag::ol)) --list_depth_;
    if (t == Tag::td || t == Tag::th) {
        --cell_depth_;
        column_ = -1;
        header_ = false;
    }
    if (t == Tag::table && !tables_.empty()) tables_.pop_back();
}

std::vector<HtmlBlock> BlockWriter::finish() {
    flush();
    return std::move(blocks_);
}

// An <li> or <hN> whose text sits in a <p> inside it (LibreOffice and
// Word exports: "<li><p>…</p>") hands its role on to that first block.
void BlockWriter::flush() {
    while (!cur_.text.empty() && cur_.text.back() == ' ') cur_.text.pop_back();
    bool pending = cur_.text.empty();
    HtmlBlock next;
    if (pending) {
        next.list_item = cur_.list_item;
        next.heading = cur_.heading;
    } else {
        cur_.list_depth = list_depth_;
        blocks_.push_back(std::move(cur_));
    }
    cur_ = std::move(next);
}

} // namespace perr
