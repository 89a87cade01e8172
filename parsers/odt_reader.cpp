// OpenDocument text (.odt): content.xml walked in order; text:h gives the
// heading level (text:outline-level), nested text:list the list level and,
// with the list style, the number as displayed; spans and paragraph styles
// give bold and italic. Tables are read row by row; notes, annotations,
// frames and tracked deletions are left out, and so are the running
// headers and footers (they live in styles.xml's master pages).
#include <algorithm>
#include <charconv>

#include "parsers/odt_styles.h"
#include "parsers/office_paragraph.h"
#include "parsers/office_reader.h"
#include "parsers/signals.h"
#include "utilities/xml_tree.h"

namespace perr {
namespace {

constexpr int kMaxDepth = 64;

struct Format {
    bool bold = false;
    bool italic = false;
};

class OdtWalker {
  public:
    OdtWalker(const OdtStyles& styles, ParagraphDocument& doc) : styles_(styles), doc_(doc) {}

    void blocks(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
            if (is_element(n, "h") || is_element(n, "p"))
                paragraph(n);
            else if (is_element(n, "list"))
                list(n, depth);
            else if (is_element(n, "section") || is_element(n, "table") ||
                     is_element(n, "table-header-rows") || is_element(n, "table-rows") ||
                     is_element(n, "table-row") || is_element(n, "table-cell") ||
                     is_element(n, "list-item") || is_element(n, "list-header") ||
                     is_element(n, "numbered-paragraph"))
                blocks(n, depth + 1);
        }
    }

  private:
    void list(const xmlNode* l, int depth) {
        std::string style = attribute(l, "style-name");
        if (style.empty() && !list_styles_.empty()) style = list_styles_.back();
        bool continues =
            attribute(l, "continue-numbering") == "true" || has_attribute(l, "continue-list");
        if (list_styles_.empty() && !continues) counters_.clear();
        list_styles_.push_back(style);
        std::size_t level = list_styles_.size();
        if (counters_.size() < level) counters_.resize(level, 0);
        for (const xmlNode* item = l->children; item != nullptr; item = item->next) {
            if (!is_element(item, "list-item") && !is_element(item, "list-header")) continue;
            if (is_element(item, "list-item")) {
                ++counters_[level - 1];
                std::fill(counters_.begin() + static_cast<std::ptrdiff_t>(level), counters_.end(),
                          0);
                pending_label_ = label(style, level);
                first_in_item_ = true;
            }
            blocks(item, depth + 1);
            first_in_item_ = false;
        }
        list_styles_.pop_back();
    }

    // The item's number as displayed ("1.2.", "a)") or its glyph.
    std::string label(const std::string& style, std::size_t level) const {
        auto found = styles_.lists.find(style);
        if (found == styles_.lists.end() || level > found->second.size()) return "•";
        const OdtListLevel& l = found->second[level - 1];
        if (l.bullet) return bullet_length(l.glyph + " ") == l.glyph.size() ? l.glyph : "•";
        if (l.format.empty()) return {};
        std::string number;
        std::size_t first =
            level - std::min<std::size_t>(level, static_cast<std::size_t>(l.display_levels));
        for (std::size_t k = first; k < level; ++k) {
            const OdtListLevel& shown = found->second[k];
            if (!number.empty()) number += '.';
            int start = shown.start > 0 ? shown.start : 1;
            number += format_list_number(counters_[k] + start - 1, shown.format);
        }
        return l.prefix + number + l.suffix;
    }

    void paragraph(const xmlNode* p) {
        OfficeParagraph op;
        op.number = ++count_;
        OdtStyle style = styles_.resolved(attribute(p, "style-name"));
        if (is_element(p, "h")) {
            int level = 0;
            std::string at = attribute(p, "outline-level");
            std::from_chars(at.data(), at.data() + at.size(), level);
            op.heading_level = std::clamp(level > 0 ? level : style.outline_level, 1, 10);
        }
        if (!list_styles_.empty() && first_in_item_) {
            op.label = pending_label_;
            if (op.heading_level == 0) op.list_level = static_cast<int>(list_styles_.size());
            first_in_item_ = false;
        }
        // A heading style's italic is how the heading looks, not a remark's
        // emphasis (italic prose is commentary); its bold is kept.
        text(p, Format{style.bold == 1, op.heading_level == 0 && style.italic == 1}, op.body, 0);
        add_office_paragraph(doc_, op);
    }

    void text(const xmlNode* n, Format format, StyledText& out, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content != nullptr) {
                out.append(reinterpret_cast<const char*>(c->content), format.bold, format.italic);
            } else if (is_element(c, "s")) {
                int count = 1;
                std::string v = attribute(c, "c");
                std::from_chars(v.data(), v.data() + v.size(), count);
                out.append(std::string(static_cast<std::size_t>(std::clamp(count, 1, 8)), ' '),
                           false, false);
            } else if (is_element(c, "tab") || is_element(c, "line-break")) {
                out.append(" ", false, false);
            } else if (is_element(c, "span") || is_element(c, "a") || is_element(c, "meta") ||
                       is_element(c, "ruby-base")) {
                text(c, span_format(c, format), out, depth + 1);
            }
        }
    }

    Format span_format(const xmlNode* span, Format format) const {
        if (!has_attribute(span, "style-name")) return format;
        OdtStyle s = styles_.resolved(attribute(span, "style-name"));
        if (s.bold >= 0) format.bold = s.bold == 1;
        if (s.italic >= 0) format.italic = s.italic == 1;
        return format;
    }

    const OdtStyles& styles_;
    ParagraphDocument& doc_;
    std::vector<std::string> list_styles_; // the open lists' styles, outermost first
    std::vector<int> counters_;
    std::string pending_label_;
    bool first_in_item_ = false;
    int count_ = 0;
};

void read_styles(const XmlDoc& doc, OdtStyles& styles) {
    if (!doc) return;
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (root == nullptr) return;
    styles.read(child(root, "styles"));
    styles.read(child(root, "automatic-styles"));
}

} // namespace

OfficeRead read_odt_xml(std::string_view content_xml, std::string_view styles_xml) {
    XmlDoc content = parse_xml(content_xml);
    if (!content)
        return unreadable("damaged OpenDocument text: content.xml is not well-formed XML");
    OdtStyles styles;
    if (!styles_xml.empty()) read_styles(parse_xml(styles_xml), styles);
    read_styles(content, styles); // automatic styles override
    const xmlNode* root = xmlDocGetRootElement(content.get());
    const xmlNode* body = root != nullptr ? child(root, "body") : nullptr;
    const xmlNode* text = body != nullptr ? child(body, "text") : nullptr;
    if (text == nullptr)
        return unreadable("not an OpenDocument text: content.xml has no office:text");
    ParagraphDocument doc;
    OdtWalker(styles, doc).blocks(text, 0);
    return doc;
}

OfficeRead read_odt(std::string_view bytes, const OfficeLimits& limits) {
    auto opened = ZipArchive::open(bytes, limits.zip);
    if (!opened) return opened.error();
    ZipArchive& zip = opened.value();
    auto content = zip.read("content.xml");
    if (!content) return content.error();
    if (!content.value())
        return unreadable("not an OpenDocument text: no content.xml in the zip container");
    auto styles = zip.read("styles.xml");
    if (!styles) return styles.error();
    return read_odt_xml(*content.value(), styles.value() ? *styles.value() : std::string());
}

} // namespace perr
