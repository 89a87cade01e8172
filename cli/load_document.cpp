#include "cli/load_document.h"

#include <new>

#include "cli/messages.h"
#include "parsers/ingest.h"
#include "schema/check_text.h"
#include "schema/from_json.h"
#include "schema/json_document_reader.h"
#include "schema/json_reader.h"
#include "schema/positioned_json.h"

namespace perr {
namespace {

using Documents = Result<std::vector<Document>>;

Documents from_values(const std::vector<nlohmann::json>& values,
                      const std::vector<Position>& where) {
    std::vector<Document> docs;
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto doc = document_from_json(values[i]);
        if (!doc) return error_at(doc.error().kind, doc.error().message, where[i]);
        docs.push_back(std::move(doc).value());
    }
    return docs;
}

Documents from_json_text(std::string_view text) {
    auto parsed = read_json_documents(text);
    if (!parsed) return parsed.error();
    std::vector<nlohmann::json> values;
    std::vector<Position> where;
    for (JsonDocument& d : *parsed) {
        values.push_back(std::move(d.value));
        where.push_back(position_at(text, d.begin));
    }
    return from_values(values, where);
}

Documents from_yaml_text(std::string_view text) {
    auto parsed = load_positioned_all(text);
    if (!parsed) return parsed.error();
    std::vector<nlohmann::json> values;
    std::vector<Position> where;
    for (PositionedJson& d : *parsed) {
        where.push_back(d.position_of(""));
        values.push_back(std::move(d.value));
    }
    return from_values(values, where);
}

Documents ingested(const Ingester& ingester, const std::string& path, std::string_view text) {
    auto outcome = ingester.ingest(text, IngestOptions{path, std::nullopt, false});
    if (!outcome) return outcome.error();
    return std::vector<Document>{std::move(outcome).value().document};
}

// An object is JSON; '[' may also open a raw page ("[Accueil](…)").
bool starts_with_brace(std::string_view text) {
    std::size_t i = text.find_first_not_of(" \t\r\n");
    return i != std::string_view::npos && text[i] == '{';
}

} // namespace

const Ingester& DocumentLoader::ingester() {
    if (!ingester_) ingester_.emplace();
    return *ingester_;
}

Result<std::vector<Document>> DocumentLoader::load_all(const std::string& path) {
    std::string text;
    if (auto read = read_input(path, text, max_bytes_); !read) return read.error();
    return load_text(path, text);
}

// A well-formed perr JSON export: read_perr_json, no JSON tree in memory.
// Anything else (JSON Lines, a duplicate key, deep nesting, an error) takes
// the checked reader, which says what is wrong.
Documents DocumentLoader::load(const std::string& label, std::string_view text) {
    if (looks_like_json(text))
        if (auto doc = read_perr_json(text)) return std::vector<Document>{std::move(*doc)};
    if (starts_with_brace(text)) return from_json_text(text);
    if (looks_like_json(text)) {
        if (auto docs = from_json_text(text)) return docs;
    } else if (looks_like_export(text)) {
        return from_yaml_text(text);
    }
    return ingested(ingester(), label, text);
}

Result<std::vector<Document>> DocumentLoader::load_text(const std::string& label,
                                                        std::string_view text) {
    try {
        return load(label, text);
    } catch (const std::bad_alloc&) {
        return Error(ErrorKind::too_large, "out of memory while reading this file");
    }
}

Result<Document> DocumentLoader::load_one_text(const std::string& label, std::string_view text) {
    auto docs = load_text(label, text);
    if (!docs) return docs.error();
    if (docs->size() != 1)
        return Error(ErrorKind::invalid,
                     "holds " + std::to_string(docs->size()) +
                         " documents; give one document (one protocol) per side");
    return std::move(docs->front());
}

std::string document_error_line(const std::string& path, Error error) {
    error.file = path;
    return error_line(error);
}

} // namespace perr
