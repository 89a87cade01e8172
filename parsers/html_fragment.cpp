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

#include "parsers/html_block_writer.h"
#include "parsers/html_simple_scan.h"

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

// An element's tag; `other` for any other node.
Tag tag_of(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || n->name == nullptr) return Tag::other;
    return tag_named(reinterpret_cast<const char*>(n->name));
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

// A data table names its columns in a first row of <th>.
bool has_header_row(const xmlNode* table) {
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

// Walks the DOM iteratively (no recursion over input depth), handing its
// texts and elements to the block writer in document order.
std::vector<HtmlBlock> walk(xmlNode* root, bool keep_lists) {
    struct Frame {
        xmlNode* node;
        Tag tag;
        bool entered;
    };
    BlockWriter writer(keep_lists);
    std::vector<Frame> stack{{root, tag_of(root), false}};
    std::vector<xmlNode*> kids;
    while (!stack.empty()) {
        Frame& f = stack.back();
        xmlNode* n = f.node;
        Tag tag = f.tag;
        if (f.entered) {
            if (n->type == XML_ELEMENT_NODE) writer.close(tag);
            stack.pop_back();
            continue;
        }
        f.entered = true;
        if (is_skipped(n, tag)) {
            stack.pop_back();
            continue;
        }
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const char* content = reinterpret_cast<const char*>(n->content);
            writer.text(content != nullptr ? content : "", static_cast<int>(xmlGetLineNo(n)));
        } else if (n->type == XML_ELEMENT_NODE) {
            writer.open(tag, tag == Tag::table && has_header_row(n));
        }
        kids.clear();
        for (xmlNode* c = n->children; c != nullptr; c = c->next) kids.push_back(c);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back({*it, tag_of(*it), false});
    }
    return writer.finish();
}

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
    return read(html, keep_lists, true);
}

HtmlText HtmlFragmentParser::libxml2_blocks(std::string_view html, bool keep_lists) {
    return read(html, keep_lists, false);
}

HtmlText HtmlFragmentParser::read(std::string_view html, bool keep_lists, bool simple_first) {
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
    if (simple_first) {
        if (auto simple = scan_simple_fragment(buffer)) {
            out.blocks = std::move(*simple);
            return out;
        }
    }
    // htmlCtxtReadMemory resets the context before it reads.
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
        ctxt, buffer.data(), static_cast<int>(buffer.size()), nullptr, "UTF-8", options));
    ctxt->_private = nullptr;
    if (!doc) {
        ++out.errors;
        return out;
    }
    if (out.too_deep_line > 0) return out; // refused whole: no blocks
    if (xmlNode* root = xmlDocGetRootElement(doc.get())) out.blocks = walk(root, keep_lists);
    return out;
}

HtmlText html_blocks(std::string_view html, bool keep_lists) {
    return HtmlFragmentParser().blocks(html, keep_lists);
}

} // namespace perr
