#include "schema/flat_writers.h"

#include "schema/emit.h"

namespace perr {
namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
void csv_field(std::string& out, std::string_view s) {
    bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

struct Row {
    const Node* node;
    std::string parent_id;
    std::size_t depth;
    std::string path;           // ancestor titles, " › "-joined
    std::string_view territory; // the enclosing territoire's title, else the document's
};

template <typename F>
void walk(const Document& doc, F visit) {
    std::vector<Row> stack;
    for (auto it = doc.children.rbegin(); it != doc.children.rend(); ++it)
        stack.push_back({&*it, "", 0, "", doc.territory});
    while (!stack.empty()) {
        Row r = stack.back();
        stack.pop_back();
        if (r.node->kind == Kind::territoire) r.territory = r.node->title;
        visit(r);
        std::string path = r.node->kind == Kind::texte
                               ? r.path
                               : (r.path.empty() ? "" : r.path + " \u203A ") + r.node->title;
        for (auto it = r.node->children.rbegin(); it != r.node->children.rend(); ++it)
            stack.push_back({&*it, r.node->id, r.depth + 1, path, r.territory});
    }
}

} // namespace

std::string csv_header() {
    return "document,territory,id,parent_id,depth,kind,number,title,line,path\r\n";
}

std::string render_csv_rows(const Document& doc) {
    std::string out;
    walk(doc, [&](const Row& r) {
        const Node& n = *r.node;
        for (std::string_view f : {std::string_view(doc.source.path), r.territory,
                                   std::string_view(n.id), std::string_view(r.parent_id)}) {
            csv_field(out, f);
            out += ',';
        }
        out += std::to_string(r.depth) + ',';
        csv_field(out, kind_name(n.kind));
        out += ',';
        csv_field(out, n.number);
        out += ',';
        csv_field(out, n.kind == Kind::texte ? n.text : n.title);
        out += ',' + std::to_string(n.line) + ',';
        csv_field(out, r.path);
        out += "\r\n";
    });
    return out;
}

std::string render_markdown_outline(const Document& doc) {
    std::string out = "# " + (doc.title.empty() ? doc.source.path : doc.title) + "\n\n";
    if (!doc.territory.empty()) out += "- **Territoire** : " + doc.territory + "\n";
    if (doc.period)
        out += "- **Période** : " + std::to_string(doc.period->start) + "–" +
               std::to_string(doc.period->end) + "\n";
    for (const DateEntry& d : doc.dates) out += "- **Date (" + d.role + ")** : " + d.date + "\n";
    for (const Signatory& s : doc.signatories)
        out += "- **Signataire** : " + s.role + " — " + s.name + "\n";
    out += "\n";
    walk(doc, [&](const Row& r) {
        const Node& n = *r.node;
        if (n.kind == Kind::texte) return; // the outline is the programme; prose stays in YAML/JSON
        out.append(2 * r.depth, ' ');
        out += "- *" + std::string(kind_name(n.kind)) + "*" +
               (n.number.empty() ? "" : " " + n.number) + " : " + n.title + "\n";
    });
    return out;
}

std::string render_json_line(const Document& doc) {
    std::string out;
    auto e = make_json_emitter(out, false);
    write_document(doc, *e);
    out += '\n';
    return out;
}

} // namespace perr
