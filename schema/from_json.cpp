#include "schema/from_json.h"

namespace perr {
namespace {

using json = nlohmann::json;

std::string str(const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int integer(const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<int>() : 0;
}

Result<void> read_nodes(const json& list, std::vector<Node>& out, int depth) {
    if (depth > 256)
        return Error(ErrorKind::too_deep, "the tree is nested more than 256 levels deep");
    for (const json& n : list) {
        if (!n.is_object()) continue;
        auto kind = kind_from_name(str(n, "kind"));
        if (!kind)
            return Error(ErrorKind::invalid,
                         "unknown kind \"" + str(n, "kind") + "\" (node " + str(n, "id") + ")");
        Node node{str(n, "id"),       *kind, str(n, "number"), str(n, "title"), str(n, "text"),
                  integer(n, "line"), {}};
        if (auto kids = n.find("children"); kids != n.end() && kids->is_array())
            if (auto read = read_nodes(*kids, node.children, depth + 1); !read) return read;
        out.push_back(std::move(node));
    }
    return {};
}

} // namespace

bool is_perr_document(const json& value) {
    return value.is_object() && value.contains("perr") && value.contains("children") &&
           value["children"].is_array();
}

Result<Document> document_from_json(const json& value) {
    if (!is_perr_document(value))
        return Error(ErrorKind::invalid,
                     "not a perr document (no \"perr\" version and \"children\")");
    Document doc;
    if (auto s = value.find("source"); s != value.end() && s->is_object())
        doc.source = {str(*s, "path"), str(*s, "sha256"), str(*s, "layout"), str(*s, "encoding"), 0,
                      str(*s, "url")};
    doc.title = str(value, "title");
    doc.territory = str(value, "territory");
    if (auto d = value.find("dates"); d != value.end() && d->is_array())
        for (const json& e : *d)
            if (e.is_object())
                doc.dates.push_back({str(e, "date"), str(e, "role"), integer(e, "line")});
    if (auto p = value.find("period"); p != value.end() && p->is_object())
        doc.period = Period{integer(*p, "start"), integer(*p, "end")};
    if (auto s = value.find("signatories"); s != value.end() && s->is_array())
        for (const json& e : *s)
            if (e.is_object())
                doc.signatories.push_back({str(e, "role"), str(e, "name"), integer(e, "line")});
    if (auto c = value.find("claims"); c != value.end() && c->is_object())
        for (const auto& [k, v] : c->items())
            if (v.is_number_integer()) doc.claims[k] = v.get<int>();
    if (auto read = read_nodes(value["children"], doc.children, 0); !read) return read.error();
    if (doc.children.empty() || doc.children.front().id.empty()) assign_ids(doc);
    return doc;
}

} // namespace perr
