// Shared body of the reader fuzz targets: ingest bytes in one layout and
// render the result, so every stage runs on whatever the fuzzer invents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/ingest.h"
#include "schema/emit.h"

inline void fuzz_ingest(const std::uint8_t* data, std::size_t size, perr::Layout layout) {
    static const perr::Ingester ingester; // compiled once: the harness, not the library, keeps it
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto outcome = ingester.ingest(bytes, perr::IngestOptions{"fuzz", layout, true});
    if (auto* result = (outcome.ok() ? &outcome.value() : nullptr)) {
        (void)perr::render_document(result->document, perr::OutputFormat::yaml);
        (void)perr::render_document(result->document, perr::OutputFormat::json);
    }
}
