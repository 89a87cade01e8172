#include "schema/emit.h"

namespace perr {
namespace {

void write_string_field(Emitter& e, std::string_view k, std::string_view v) {
    e.key(k);
    e.string(v);
}

void write_node(const Node& n, Emitter& e) {
    e.begin_map();
    write_string_field(e, "id", n.id);
    write_string_field(e, "kind", kind_name(n.kind));
    if (!n.number.empty()) write_string_field(e, "number", n.number);
    if (n.kind != Kind::texte) write_string_field(e, "title", n.title);
    e.key("line");
    e.integer(n.line);
    if (!n.text.empty()) write_string_field(e, "text", n.text);
    if (!n.children.empty()) {
        e.key("children");
        e.begin_seq();
        for (const Node& c : n.children) write_node(c, e);
        e.end_seq();
    }
    e.end_map();
}

void write_source(const Source& s, Emitter& e) {
    e.key("source");
    e.begin_map();
    write_string_field(e, "path", s.path);
    write_string_field(e, "sha256", s.sha256);
    write_string_field(e, "layout", s.layout);
    write_string_field(e, "encoding", s.encoding);
    e.key("bytes");
    e.integer(static_cast<long long>(s.bytes));
    if (!s.url.empty()) write_string_field(e, "url", s.url);
    e.end_map();
}

void write_dates(const Document& doc, Emitter& e) {
    e.key("dates");
    e.begin_seq();
    for (const DateEntry& d : doc.dates) {
        e.begin_map();
        write_string_field(e, "date", d.date);
        write_string_field(e, "role", d.role);
        e.key("line");
        e.integer(d.line);
        e.end_map();
    }
    e.end_seq();
}

void write_signatories(const Document& doc, Emitter& e) {
    e.key("signatories");
    e.begin_seq();
    for (const Signatory& s : doc.signatories) {
        e.begin_map();
        write_string_field(e, "role", s.role);
        write_string_field(e, "name", s.name);
        e.key("line");
        e.integer(s.line);
        e.end_map();
    }
    e.end_seq();
}

void write_metadata(const Document& doc, Emitter& e) {
    write_string_field(e, "title", doc.title);
    write_string_field(e, "territory", doc.territory);
    write_dates(doc, e);
    if (doc.period) {
        e.key("period");
        e.begin_map();
        e.key("start");
        e.integer(doc.period->start);
        e.key("end");
        e.integer(doc.period->end);
        e.end_map();
    }
    write_signatories(doc, e);
    e.key("claims");
    e.begin_map();
    for (const auto& [kind, count] : doc.claims) {
        e.key(kind);
        e.integer(count);
    }
    e.end_map();
}

} // namespace

void write_document(const Document& doc, Emitter& e) {
    e.begin_map();
    e.key("perr");
    e.integer(kFormatVersion);
    write_source(doc.source, e);
    write_metadata(doc, e);
    e.key("children");
    e.begin_seq();
    for (const Node& n : doc.children) write_node(n, e);
    e.end_seq();
    e.end_map();
}

std::string render_document(const Document& doc, OutputFormat format) {
    std::string out;
    out.reserve(4096);
    auto e = format == OutputFormat::yaml ? make_yaml_emitter(out) : make_json_emitter(out, true);
    write_document(doc, *e);
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
}

void render_document(const Document& doc, OutputFormat format, std::ostream& out) {
    auto e = format == OutputFormat::yaml ? make_yaml_emitter(out) : make_json_emitter(out, true);
    write_document(doc, *e);
}

} // namespace perr
