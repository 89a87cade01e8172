#include "parsers/html_fragment.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

#include "utilities/html5_c1.h"

namespace perr {
namespace {

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

// libxml2's HTML parser reports through the SAX error and warning
// callbacks (not the structured one); counting them keeps them off stderr.
void count_message(void* ctx, const char* msg, ...) {
    // libxml2 hands over the formatted message as "%s", text.
    const char* text = msg;
    if (msg != nullptr && std::strcmp(msg, "%s") == 0) {
        va_list args;
        va_start(args, msg);
        text = va_arg(args, const char*);
        va_end(args);
    }
    // libxml2 parses HTML 4: HTML5 elements (<nav>, <section>) are not errors.
    if (text != nullptr && std::strncmp(text, "Tag ", 4) == 0 &&
        std::strstr(text, " invalid") != nullptr)
        return;
    auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
    auto* counts = static_cast<HtmlText*>(ctxt->_private);
    if (counts->errors++ == 0 && ctxt->input != nullptr)
        counts->first_error_line = ctxt->input->line;
}

// libxml2's element handler, then perr's depth guard: past kMaxHtmlDepth
// the parse stops and the page is refused by name.
void start_element_guarded(void* ctx, const xmlChar* name, const xmlChar** atts) {
    xmlSAX2StartElement(ctx, name, atts);
    auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
    if (ctxt->nodeNr <= kMaxHtmlDepth) return;
    auto* out = static_cast<HtmlText*>(ctxt->_private);
    if (out->too_deep_line == 0) out->too_deep_line = ctxt->input ? ctxt->input->line : 1;
    xmlStopParser(ctxt);
}

// Lines past 65,535 are kept (libxml2 stores them only with BIG_LINES, an
// option its HTML parser does not take from htmlCtxtUseOptions).
void start_document_big_lines(void* ctx) {
    static_cast<xmlParserCtxt*>(ctx)->options |= XML_PARSE_BIG_LINES;
    xmlSAX2StartDocument(ctx);
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The elements the walk tells apart; any other is `other`. An element's
// tag is looked up once (libxml2's HTML parser lowers its names, compared
// here without case all the same), not once per question asked of it.
// clang-format off
enum class Tag : unsigned char {
    other, p, div, li, ul, ol, br, tr, td, th, table, title, h1, h2, h3, h4, h5, h6,
    blockquote, section, article, dd, dt, i, em, b, strong, script, style, noscript, nav,
    header, footer, meta, link, template_, head, thead, tbody,
};

constexpr std::array<std::pair<std::string_view, Tag>, 38> kTags{{
    {"article", Tag::article}, {"b", Tag::b}, {"blockquote", Tag::blockquote}, {"br", Tag::br},
    {"dd", Tag::dd}, {"div", Tag::div}, {"dt", Tag::dt}, {"em", Tag::em}, {"footer", Tag::footer},
    {"h1", Tag::h1}, {"h2", Tag::h2}, {"h3", Tag::h3}, {"h4", Tag::h4}, {"h5", Tag::h5},
    {"h6", Tag::h6}, {"head", Tag::head}, {"header", Tag::header}, {"i", Tag::i}, {"li", Tag::li},
    {"link", Tag::link}, {"meta", Tag::meta}, {"nav", Tag::nav}, {"noscript", Tag::noscript},
    {"ol", Tag::ol}, {"p", Tag::p}, {"script", Tag::script}, {"section", Tag::section},
    {"strong", Tag::strong}, {"style", Tag::style}, {"table", Tag::table}, {"tbody", Tag::tbody},
    {"td", Tag::td}, {"template", Tag::template_}, {"th", Tag::th}, {"thead", Tag::thead},
    {"title", Tag::title}, {"tr", Tag::tr}, {"ul", Tag::ul},
}};
// clang-format on
static_assert(std::is_sorted(kTags.begin(), kTags.end()), "kTags is searched by halves");

Tag tag_of(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || n->name == nullptr) return Tag::other;
    std::array<char, 12> lower{};
    std::size_t len = 0;
    for (const xmlChar* c = n->name; *c != 0; ++c) {
        if (len == lower.size()) return Tag::other; // longer than any name below
        lower[len++] = static_cast<char>(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    std::string_view name(lower.data(), len);
    auto it =
        std::lower_bound(kTags.begin(), kTags.end(), name,
                         [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != kTags.end() && it->first == name ? it->second : Tag::other;
}

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

// Page furniture and non-text: scripts, styles, navigation, the <head>
// (but its <title>, which names the document).
bool is_skipped(const xmlNode* n, Tag t) {
    switch (t) {
    case Tag::script:
    case Tag::style:
    case Tag::noscript:
    case Tag::nav:
    case Tag::header:
    case Tag::footer:
    case Tag::meta:
    case Tag::link:
    case Tag::template_:
        return true;
    case Tag::head:
        for (const xmlNode* c = n->children; c != nullptr; c = c->next)
            if (tag_of(c) == Tag::title) return false;
        return true;
    default:
        return false;
    }
}

int heading_level(Tag t) {
    return t >= Tag::h1 && t <= Tag::h6 ? static_cast<int>(t) - static_cast<int>(Tag::h1) + 1 : 0;
}

// Walks the DOM iteratively (no recursion over input depth), emitting
// blocks at block-level boundaries.
class BlockWriter {
  public:
    explicit BlockWriter(bool keep_lists) : keep_lists_(keep_lists) {}

    void walk(xmlNode* root) {
        struct Frame {
            xmlNode* node;
            Tag tag;
            bool entered;
        };
        std::vector<Frame> stack{{root, tag_of(root), false}};
        std::vector<xmlNode*> kids;
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.entered) {
                leave(f.node, f.tag);
                stack.pop_back();
                continue;
            }
            f.entered = true;
            xmlNode* n = f.node;
            Tag tag = f.tag;
            if (is_skipped(n, tag)) {
                stack.pop_back();
                continue;
            }
            enter(n, tag);
            kids.clear();
            for (xmlNode* c = n->children; c != nullptr; c = c->next) kids.push_back(c);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.push_back({*it, tag_of(*it), false});
        }
        flush();
    }

    std::vector<HtmlBlock> take() { return std::move(blocks_); }

  private:
    void enter(xmlNode* n, Tag t) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (cur_.text.empty()) cur_.line = static_cast<int>(xmlGetLineNo(n));
            append(reinterpret_cast<const char*>(n->content));
            return;
        }
        if (n->type != XML_ELEMENT_NODE) return;
        if (is_block(t)) flush();
        if (t == Tag::i || t == Tag::em) ++italic_;
        if (t == Tag::b || t == Tag::strong) ++bold_;
        if (keep_lists_ && (t == Tag::ul || t == Tag::ol)) ++list_depth_;
        if (t == Tag::li) cur_.list_item = true;
        if (t == Tag::table) tables_.push_back({has_header_row(n), 0});
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

    void leave(xmlNode* n, Tag t) {
        if (n->type != XML_ELEMENT_NODE) return;
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

    // A data table names its columns in a first row of <th>.
    static bool has_header_row(const xmlNode* table) {
        for (const xmlNode* c = table->children; c != nullptr; c = c->next) {
            Tag t = tag_of(c);
            if (t == Tag::thead || t == Tag::tbody) return has_header_row(c);
            if (t != Tag::tr) continue;
            for (const xmlNode* cell = c->children; cell != nullptr; cell = cell->next)
                if (tag_of(cell) == Tag::th) return true;
            return false;
        }
        return false;
    }

    // The bytes append looks at: white space, and the lead bytes of the
    // spaces and C1 controls it replaces. Runs of any other are copied whole.
    static constexpr std::array<bool, 256> kLooked = [] {
        std::array<bool, 256> t{};
        for (std::size_t b : {0x20u, 0x09u, 0x0Au, 0x0Du, 0x0Cu, 0xC2u, 0xE2u}) t[b] = true;
        return t;
    }();

    void append(const char* s) {
        if (s == nullptr) return;
        std::string& text = cur_.text;
        std::size_t start = text.size();
        for (const char* p = s; *p != '\0'; ++p) {
            const char* run = p;
            while (*p != '\0' && !kLooked[static_cast<unsigned char>(*p)]) ++p;
            text.append(run, static_cast<std::size_t>(p - run));
            if (*p == '\0') break;
            // &nbsp; and its narrow and thin cousins are spaces to every reader.
            if (std::strncmp(p, "\xC2\xA0", 2) == 0 || std::strncmp(p, "\xE2\x80\xAF", 3) == 0 ||
                std::strncmp(p, "\xE2\x80\x89", 3) == 0) {
                p += p[0] == '\xC2' ? 1 : 2;
                if (!text.empty() && text.back() != ' ') text += ' ';
                continue;
            }
            // A C1 control (U+0080..U+009F) is a windows-1252 character
            // that libxml2 read as HTML 4 does (&#146;): read it as HTML5 does.
            if (p[0] == '\xC2' && static_cast<unsigned char>(p[1]) >= 0x80 &&
                static_cast<unsigned char>(p[1]) <= 0x9F) {
                append_html5_c1(text, static_cast<unsigned char>(p[1]));
                ++p;
                continue;
            }
            if (is_ascii_space(*p)) {
                if (!text.empty() && text.back() != ' ') text += ' ';
            } else {
                text += *p;
            }
        }
        std::size_t end = text.size();
        if (end == start) return;
        if (italic_ > 0) cur_.italic.push_back({start, end});
        if (bold_ > 0) cur_.bold.push_back({start, end});
    }

    // An <li> or <hN> whose text sits in a <p> inside it (LibreOffice and
    // Word exports: "<li><p>…</p>") hands its role on to that first block.
    void flush() {
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

int count_tags(std::string_view html, std::string_view tag) {
    int n = 0;
    for (std::size_t pos = html.find(tag); pos != std::string_view::npos;
         pos = html.find(tag, pos + 1)) {
        char next = pos + tag.size() < html.size() ? html[pos + tag.size()] : '>';
        if (next == '>' || next == ' ' || next == '\t') ++n;
    }
    return n;
}

bool is_list_tag_at(std::string_view html, std::size_t pos) {
    for (std::string_view tag : {"<ul", "</ul", "<ol", "</ol"}) {
        if (html.compare(pos, tag.size(), tag) != 0) continue;
        char next = pos + tag.size() < html.size() ? html[pos + tag.size()] : '>';
        if (next == '>' || next == ' ' || next == '\t' || next == '\n') return true;
    }
    return false;
}

// One pass: every list tag becomes <br> (a block boundary).
std::string replace_list_tags(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    std::size_t i = 0;
    std::size_t close = 0; // next '>' at or after the current '<' (kept, so the pass stays linear)
    while (i < html.size()) {
        std::size_t lt = html.find('<', i);
        if (lt == std::string_view::npos) break;
        out.append(html.substr(i, lt - i));
        if (close != std::string_view::npos && close <= lt) close = html.find('>', lt);
        if (close != std::string_view::npos && is_list_tag_at(html, lt)) {
            out += "<br>";
            i = close + 1;
        } else {
            out += '<';
            i = lt + 1;
        }
    }
    if (i < html.size()) out.append(html.substr(i));
    return out;
}

} // namespace

bool mostly_covered(const std::vector<TextSpan>& spans, std::string_view text, std::size_t begin,
                    std::size_t end, std::size_t skip) {
    begin += skip;
    end = std::min(end, text.size());
    std::size_t total = 0, in = 0;
    for (std::size_t i = begin; i < end; ++i) total += text[i] != ' ' ? 1u : 0u;
    // Spans are in text order and disjoint: one sweep from the first that can overlap.
    auto it = std::lower_bound(spans.begin(), spans.end(), begin,
                               [](const TextSpan& sp, std::size_t pos) { return sp.end <= pos; });
    for (; it != spans.end() && it->begin < end; ++it)
        for (std::size_t i = std::max(it->begin, begin); i < std::min(it->end, end); ++i)
            in += text[i] != ' ' ? 1u : 0u;
    return total > 0 && in * 10 >= total * 9;
}

void init_html_parsing() {
    xmlInitParser();
}

bool lists_balanced(std::string_view html) {
    return count_tags(html, "<ul") == count_tags(html, "</ul") &&
           count_tags(html, "<ol") == count_tags(html, "</ol");
}

std::string html_too_deep_message(int line) {
    return "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) + " levels at line " +
           std::to_string(line) + ": refused rather than read in part";
}

struct HtmlFragmentParser::Context {
    std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt{htmlNewParserCtxt()};
};

HtmlFragmentParser::HtmlFragmentParser() : context_(std::make_unique<Context>()) {
    htmlParserCtxt* ctxt = context_->ctxt.get();
    if (ctxt == nullptr) return;
    ctxt->sax->error = count_message;
    ctxt->sax->warning = count_message;
    ctxt->sax->startElement = start_element_guarded;
    ctxt->sax->startDocument = start_document_big_lines;
}

HtmlFragmentParser::~HtmlFragmentParser() = default;

HtmlText HtmlFragmentParser::blocks(std::string_view html, bool keep_lists) {
    HtmlText out;
    htmlParserCtxt* ctxt = context_->ctxt.get();
    if (ctxt == nullptr) {
        ++out.errors;
        return out;
    }
    keep_lists = keep_lists && lists_balanced(html);
    ctxt->_private = &out;
    // The text is UTF-8 already (decode stage): a <meta charset> must not re-decode it.
    // XML_PARSE_HUGE: no 256-level or 10 MB text-node cut (that dropped the
    // rest of the page); the input is bounded by --max-bytes, the depth by
    // start_element_guarded, and neither libxml2's parser nor the walk below
    // recurses per level.
    int options = HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    // Converters never close their <ul>; left in, they nest until libxml2's
    // depth limit (256) and the rest of the text is dropped.
    std::string buffer = keep_lists ? std::string(html) : replace_list_tags(html);
    // htmlCtxtReadMemory resets the context before it reads.
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
        ctxt, buffer.data(), static_cast<int>(buffer.size()), nullptr, "UTF-8", options));
    ctxt->_private = nullptr;
    if (!doc) {
        ++out.errors;
        return out;
    }
    if (out.too_deep_line > 0) return out; // refused whole: no blocks
    BlockWriter writer(keep_lists);
    if (xmlNode* root = xmlDocGetRootElement(doc.get())) writer.walk(root);
    out.blocks = writer.take();
    return out;
}

HtmlText html_blocks(std::string_view html, bool keep_lists) {
    return HtmlFragmentParser().blocks(html, keep_lists);
}

} // namespace perr
