#include "cli/load_document.h"

#include "cli/output.h"
#include "parsers/ingest.h"
#include "schema/from_json.h"
#include "schema/json_document_reader.h"
#include "schema/positioned_json.h"

namespace perr {

std::optional<Document> load_document(const std::string& path, std::string& error) {
    std::string text;
    if (auto err = read_input(path, text)) {
        error = err->message;
        return std::nullopt;
    }
    nlohmann::json value;
    if (looks_like_json(text)) {
        if (auto doc = read_perr_json(text)) return doc; // no JSON tree in memory
        value = nlohmann::json::parse(text, nullptr, false);
    } else if (text.rfind("perr:", 0) == 0) {
        LoadError load_error;
        if (auto loaded = load_positioned(text, load_error)) value = std::move(loaded->value);
    }
    if (is_perr_document(value)) return document_from_json(value, error);
    Ingester ingester;
    auto outcome = ingester.ingest(text, IngestOptions{path, std::nullopt, false});
    if (auto* err = std::get_if<IngestError>(&outcome)) {
        error = err->message;
        return std::nullopt;
    }
    return std::get<IngestResult>(std::move(outcome)).document;
}

} // namespace perr
