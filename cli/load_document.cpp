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

using Documents = std::optional<std::vector<Document>>;

Documents from_values(const std::vector<nlohmann::json>& values, const std::vector<Position>& where,
                      DocumentError& error) {
    std::vector<Document> docs;
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string message;
        auto doc = document_from_json(values[i], message);
        if (!doc) {
            error = {message, where[i]};
            return std::nullopt;
        }
        docs.push_back(std::move(*doc));
    }
    return docs;
}

Documents from_json_text(std::string_view text, DocumentError& error) {
    LoadError load_error;
    auto parsed = read_json_documents(text, load_error);
    if (!parsed) {
        error = {load_error.message, load_error.position};
        return std::nullopt;
    }
    std::vector<nlohmann::json> values;
    std::vector<Position> where;
    for (JsonDocument& d : *parsed) {
        values.push_back(std::move(d.value));
        where.push_back(position_at(text, d.begin));
    }
    return from_values(values, where, error);
}

Documents from_yaml_text(std::string_view text, DocumentError& error) {
    LoadError load_error;
    auto parsed = load_positioned_all(text, load_error);
    if (!parsed) {
        error = {load_error.message, load_error.position};
        return std::nullopt;
    }
    std::vector<nlohmann::json> values;
    std::vector<Position> where;
    for (PositionedJson& d : *parsed) {
        where.push_back(d.position_of(""));
        values.push_back(std::move(d.value));
    }
    return from_values(values, where, error);
}

Documents ingested(const Ingester& ingester, const std::string& path, std::string_view text,
                   DocumentError& error) {
    auto outcome = ingester.ingest(text, IngestOptions{path, std::nullopt, false});
    if (!outcome) {
        error = {outcome.error().message, {}};
        return std::nullopt;
    }
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

std::optional<std::vector<Document>> DocumentLoader::load_all(const std::string& path,
                                                              DocumentError& error) {
    std::string text;
    if (auto read = read_input(path, text, max_bytes_); !read) {
        const Error* err = &read.error();
        error = {err->message, {}};
        return std::nullopt;
    }
    return load_text(path, text, error);
}

// A well-formed perr JSON export: read_perr_json, no JSON tree in memory.
// Anything else (JSON Lines, a duplicate key, deep nesting, an error) takes
// the checked reader, which says what is wrong.
Documents DocumentLoader::load(const std::string& label, std::string_view text,
                               DocumentError& error) {
    if (looks_like_json(text))
        if (auto doc = read_perr_json(text)) return std::vector<Document>{std::move(*doc)};
    if (starts_with_brace(text)) return from_json_text(text, error);
    if (looks_like_json(text)) {
        DocumentError json_error;
        if (auto docs = from_json_text(text, json_error)) return docs;
    } else if (looks_like_export(text)) {
        return from_yaml_text(text, error);
    }
    return ingested(ingester(), label, text, error);
}

std::optional<std::vector<Document>>
DocumentLoader::load_text(const std::string& label, std::string_view text, DocumentError& error) {
    try {
        return load(label, text, error);
    } catch (const std::bad_alloc&) {
        error = {"out of memory while reading this file", {}};
        return std::nullopt;
    }
}

std::optional<Document> DocumentLoader::load_one_text(const std::string& label,
                                                      std::string_view text, DocumentError& error) {
    auto docs = load_text(label, text, error);
    if (!docs) return std::nullopt;
    if (docs->size() != 1) {
        error = {"holds " + std::to_string(docs->size()) +
                     " documents; give one document (one protocol) per side",
                 {}};
        return std::nullopt;
    }
    return std::move(docs->front());
}

std::string document_error_line(const std::string& path, const DocumentError& error) {
    std::string where = path;
    if (error.position.line > 0)
        where +=
            ':' + std::to_string(error.position.line) + ':' + std::to_string(error.position.column);
    return error_line(where, error.message);
}

} // namespace perr
