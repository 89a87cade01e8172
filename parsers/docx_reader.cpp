// Word (.docx): word/document.xml walked in order; a paragraph's heading
// level comes from its style (Heading N, Title, an outline level), its list
// level and displayed number from w:numPr and numbering.xml, its emphasis
// from its runs (direct formatting, then character and paragraph styles).
// Tables are read row by row, cell by cell; headers, footers, footnotes,
// comments and deleted text are left out.
#include <algorithm>
#include <charconv>

#include "parsers/docx_styles.h"
#include "parsers/office_paragraph.h"
#include "parsers/office_reader.h"
#include "parsers/signals.h"
#include "utilities/xml_tree.h"

namespace perr {
namespace {

constexpr int kMaxDepth = 64; // nested tables and content controls

struct Run {
    bool bold = false;
    bool italic = false;
};

class DocxWalker {
  public:
    DocxWalker(const DocxStyles& styles, const DocxNumbering& numbering, ParagraphDocument& doc)
        : styles_(styles), counters_(numbering), doc_(doc) {}

    void blocks(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
            if (is_element(n, "p"))
                paragraph(n);
            else if (is_element(n, "tbl") || is_element(n, "tr") || is_element(n, "tc") ||
                     is_element(n, "sdt") || is_element(n, "sdtContent") ||
                     is_element(n, "customXml"))
                blocks(n, depth + 1);
        }
    }

  private:
    void paragraph(const xmlNode* p) {
        OfficeParagraph op;
        op.number = ++count_;
        const xmlNode* ppr = child(p, "pPr");
        DocxStyle style = styles_.resolved("Normal"); // Word's default paragraph style
        std::string num_id;
        int ilvl = 0;
        if (ppr != nullptr) {
            if (const xmlNode* s = child(ppr, "pStyle"))
                style = styles_.resolved(attribute(s, "val"));
            num_id = style.num_id;
            ilvl = style.ilvl;
            if (const xmlNode* num = child(ppr, "numPr")) {
                if (const xmlNode* id = child(num, "numId")) num_id = attribute(id, "val");
                if (const xmlNode* lvl = child(num, "ilvl")) ilvl = to_level(attribute(lvl, "val"));
            }
            if (const xmlNode* outline = child(ppr, "outlineLvl");
                outline && style.heading_level == 0)
                op.heading_level = std::min(9, to_level(attribute(outline, "val")) + 1);
        }
        if (op.heading_level == 0) op.heading_level = style.heading_level;
        // A heading style's italic is how the heading looks, not a remark's
        // emphasis (italic prose is commentary); its bold is kept.
        Run base{style.bold == 1, op.heading_level == 0 && style.italic == 1};
        runs(p, base, op.body, 0);
        if (op.body.text.find_first_not_of(" \t") == std::string::npos) return;
        if (!num_id.empty() && num_id != "0") {
            bool bullet = false;
            std::string label = counters_.next_label(num_id, ilvl, bullet);
            if (!bullet || bullet_length(label + " ") == label.size()) op.label = label;
            if (op.heading_level == 0) op.list_level = ilvl + 1;
        }
        add_office_paragraph(doc_, op);
    }

    static int to_level(const std::string& s) {
        int v = 0;
        std::from_chars(s.data(), s.data() + s.size(), v);
        return std::clamp(v, 0, 8);
    }

    Run run_format(const xmlNode* rpr, Run run) const {
        if (rpr == nullptr) return run;
        if (const xmlNode* rs = child(rpr, "rStyle")) {
            DocxStyle cs = styles_.resolved(attribute(rs, "val"));
            if (cs.bold >= 0) run.bold = cs.bold == 1;
            if (cs.italic >= 0) run.italic = cs.italic == 1;
        }
        if (const xmlNode* b = child(rpr, "b")) run.bold = docx_toggle_on(b);
        if (const xmlNode* i = child(rpr, "i")) run.italic = docx_toggle_on(i);
        return run;
    }

    // Text of the runs below `n`: w:r directly or inside hyperlinks,
    // insertions, fields, content controls.
    void runs(const xmlNode* n, Run base, StyledText& out, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            if (is_element(c, "r")) {
                run(c, run_format(child(c, "rPr"), base), out);
            } else if (!is_element(c, "pPr") && !is_element(c, "del") &&
                       !is_element(c, "moveFrom") && !is_element(c, "Fallback")) {
                // (mc:Fallback repeats mc:Choice for older readers)
                runs(c, base, out, depth + 1);
            }
        }
    }

    static void run(const xmlNode* r, Run format, StyledText& out) {
        for (const xmlNode* c = r->children; c != nullptr; c = c->next) {
            if (is_element(c, "t")) {
                const xmlChar* content = c->children != nullptr ? c->children->content : nullptr;
                if (content != nullptr)
                    out.append(reinterpret_cast<const char*>(content), format.bold, format.italic);
            } else if (is_element(c, "tab") || is_element(c, "br") || is_element(c, "cr")) {
                out.append(" ", false, false);
            } else if (is_element(c, "noBreakHyphen")) {
                out.append("-", format.bold, format.italic);
            }
        }
    }

    const DocxStyles& styles_;
    DocxCounters counters_;
    ParagraphDocument& doc_;
    int count_ = 0;
};

} // namespace

OfficeRead read_docx_xml(std::string_view document_xml, std::string_view styles_xml,
                         std::string_view numbering_xml) {
    XmlDoc document = parse_xml(document_xml);
    if (!document)
        return unreadable("damaged Word document: word/document.xml is not well-formed XML");
    XmlDoc styles_doc = styles_xml.empty() ? XmlDoc() : parse_xml(styles_xml);
    XmlDoc numbering_doc = numbering_xml.empty() ? XmlDoc() : parse_xml(numbering_xml);
    auto root = [](const XmlDoc& d) { return d ? xmlDocGetRootElement(d.get()) : nullptr; };
    DocxStyles styles = read_docx_styles(root(styles_doc));
    DocxNumbering numbering = read_docx_numbering(root(numbering_doc));
    const xmlNode* top = root(document);
    const xmlNode* body = top != nullptr ? child(top, "body") : nullptr;
    if (body == nullptr) return unreadable("damaged Word document: word/document.xml has no body");
    ParagraphDocument doc;
    DocxWalker(styles, numbering, doc).blocks(body, 0);
    return doc;
}

OfficeRead read_docx(std::string_view bytes, const OfficeLimits& limits) {
    auto opened = ZipArchive::open(bytes, limits.zip);
    if (!opened) return opened.error();
    ZipArchive& zip = opened.value();
    std::string members[3];
    const char* names[3] = {"word/document.xml", "word/styles.xml", "word/numbering.xml"};
    for (int i = 0; i < 3; ++i) {
        auto member = zip.read(names[i]);
        if (!member) return member.error();
        std::optional<std::string>& xml = member.value();
        if (!xml && i == 0)
            return unreadable("not a Word document: no word/document.xml in the zip container");
        if (xml) members[i] = std::move(*xml);
    }
    return read_docx_xml(members[0], members[1], members[2]);
}

} // namespace perr
