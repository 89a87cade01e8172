#include "schema/check_text.h"

#include <algorithm>
#include <tuple>

#include "schema/json_reader.h"
#include "schema/positioned_json.h"
#include "schema/quick_json.h"

namespace perr {
namespace {

Finding load_finding(const Error& e) {
    Position p = e.line > 0 ? Position{e.line, e.column} : Position{1, 1};
    return {"PERR000", Severity::error, "", e.message, p.line, p.column, 0};
}

std::vector<Finding> check_value(const nlohmann::json& value, const SchemaValidator& schema) {
    std::vector<Finding> findings = schema.validate(value);
    for (Finding& f : check_domain_rules(value)) findings.push_back(std::move(f));
    return findings;
}

// A position inside a document that starts at `base` in the file.
Position shifted(Position local, Position base) {
    if (local.line <= 1) return {base.line, base.column + std::max(local.column, 1) - 1};
    return {base.line + local.line - 1, local.column};
}

void place_by_scanning(std::vector<Finding>& findings, std::string_view doc, Position base) {
    for (Finding& f : findings) {
        std::string pointer = f.pointer;
        std::optional<std::size_t> at;
        while (!(at = locate_offset_in_json(doc, pointer)) && !pointer.empty())
            pointer.erase(pointer.rfind('/'));
        Position p = shifted(position_at(doc, at.value_or(0)), base);
        f.line = p.line;
        f.column = p.column;
    }
}

// A few findings are placed by scanning the document's text; many by the
// position-keeping loader (one pass).
void place_in_json(std::vector<Finding>& findings, std::string_view doc, Position base) {
    std::optional<PositionedJson> positioned;
    if (findings.size() > 32)
        if (auto loaded = load_positioned(doc)) positioned = std::move(loaded).value();
    if (!positioned) return place_by_scanning(findings, doc, base);
    for (Finding& f : findings) {
        Position p = shifted(positioned->position_of(f.pointer), base);
        f.line = p.line;
        f.column = p.column;
    }
}

CheckedText check_json(std::string_view text, const SchemaValidator& schema) {
    if (auto quick = check_json_quickly(text, schema)) {
        place_in_json(quick->findings, text.substr(quick->begin, quick->end - quick->begin),
                      position_at(text, quick->begin));
        return {std::move(quick->findings), 1};
    }
    auto docs = read_json_documents(text);
    if (!docs) return {{load_finding(docs.error())}, 1};
    CheckedText out{{}, static_cast<int>(docs->size())};
    for (std::size_t i = 0; i < docs->size(); ++i) {
        const JsonDocument& doc = (*docs)[i];
        std::vector<Finding> findings = check_value(doc.value, schema);
        if (findings.empty()) continue;
        place_in_json(findings, text.substr(doc.begin, doc.end - doc.begin),
                      position_at(text, doc.begin));
        for (Finding& f : findings) {
            f.document = docs->size() > 1 ? static_cast<int>(i) + 1 : 0;
            out.findings.push_back(std::move(f));
        }
    }
    return out;
}

CheckedText check_yaml(std::string_view text, const SchemaValidator& schema) {
    auto docs = load_positioned_all(text);
    if (!docs) return {{load_finding(docs.error())}, 1};
    CheckedText out{{}, static_cast<int>(docs->size())};
    for (std::size_t i = 0; i < docs->size(); ++i) {
        const PositionedJson& doc = (*docs)[i];
        for (Finding& f : check_value(doc.value, schema)) {
            Position p = doc.position_of(f.pointer);
            f.line = p.line;
            f.column = p.column;
            f.document = docs->size() > 1 ? static_cast<int>(i) + 1 : 0;
            out.findings.push_back(std::move(f));
        }
    }
    return out;
}

bool starts_line(std::string_view text, std::string_view key) {
    for (std::size_t at = 0; at < text.size();) {
        if (text.substr(at).starts_with(key)) return true;
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return false;
}

} // namespace

bool looks_like_export(std::string_view text) {
    return looks_like_json(text) || starts_line(text, "perr:") || starts_line(text, "children:");
}

CheckedText check_text(std::string_view text, const SchemaValidator& schema) {
    if (auto clean = check_no_nul(text); !clean) return {{load_finding(clean.error())}, 0};
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return {{load_finding(error_at(ErrorKind::empty, "empty file", {1, 1}))}, 0};
    if (!looks_like_export(text))
        return {{load_finding(error_at(
                    ErrorKind::invalid,
                    "not a perr export (the YAML or JSON that perr ingest writes): this looks like "
                    "a raw document; run `perr ingest` on it first",
                    {1, 1}))},
                0};
    CheckedText out = looks_like_json(text) ? check_json(text, schema) : check_yaml(text, schema);
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return out;
}

} // namespace perr
