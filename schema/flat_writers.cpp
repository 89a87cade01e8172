#include "schema/flat_writers.h"

#include "schema/emit.h"

namespace perr {
namespace {

// RFC 4180: a field with the separator, a quote or a line break is quoted,
// quotes doubled.
void csv_quoted(std::string& out, std::string_view s, char separator) {
    bool quote =
        s.find_first_of(separator == ';' ? ";\"\r\n" : ",\"\r\n") != std::string_view::npos;
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

// A cell a spreadsheet would run as a formula (CSV injection).
bool starts_like_formula(std::string_view s) {
    return !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
}

// "2.3", "1.10", "3/4": what a spreadsheet turns into a date or a decimal.
bool reads_as_number(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789./-") == std::string_view::npos &&
           s.find_first_of("0123456789") != std::string_view::npos;
}

class CsvWriter {
  public:
    CsvWriter(std::string& out, CsvDialect dialect)
        : out_(out), excel_(dialect == CsvDialect::excel), separator_(excel_ ? ';' : ',') {}

    void field(std::string_view s) {
        separate();
        if (excel_ && starts_like_formula(s))
            csv_quoted(out_, "'" + std::string(s), separator_);
        else
            csv_quoted(out_, s, separator_);
    }
    // A value that must stay text (`number`): ="2.3" where a spreadsheet would convert it.
    void text_field(std::string_view s) {
        if (!excel_ || !reads_as_number(s)) return field(s);
        separate();
        out_ += "\"=\"\"" + std::string(s) + "\"\"\"";
    }
    void end_row() {
        out_ += "\r\n";
        first_ = true;
    }

  private:
    void separate() {
        if (!first_) out_ += separator_;
        first_ = false;
    }

    std::string& out_;
    bool excel_;
    char separator_;
    bool first_ = true;
};

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

std::string csv_header(CsvDialect dialect) {
    std::string out = dialect == CsvDialect::excel ? "\xEF\xBB\xBF" : "";
    CsvWriter csv(out, dialect);
    for (std::string_view name : {"document", "territory", "id", "parent_id", "depth", "kind",
                                  "number", "title", "line", "path"})
        csv.field(name);
    csv.end_row();
    return out;
}

std::string render_csv_rows(const Document& doc, CsvDialect dialect) {
    std::string out;
    CsvWriter csv(out, dialect);
    walk(doc, [&](const Row& r) {
        const Node& n = *r.node;
        for (std::string_view f : {std::string_view(doc.source.path), r.territory,
                                   std::string_view(n.id), std::string_view(r.parent_id)})
            csv.field(f);
        csv.field(std::to_string(r.depth));
        csv.field(kind_name(n.kind));
        csv.text_field(n.number);
        csv.field(n.kind == Kind::texte ? n.text : n.title);
        csv.field(std::to_string(n.line));
        csv.field(r.path);
        csv.end_row();
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
