// Benchmark (not a test): the writers alone. Every file of a folder is
// ingested once, then rendered N times as YAML and as JSON; the best of 5
// wall times per format is printed. Build and run:
//   cmake --build build --target emit_bench && build/emit_bench samples 200
// For exact, noise-free counts: valgrind --tool=callgrind build/emit_bench samples 10 yaml
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "parsers/ingest.h"
#include "schema/emit.h"

namespace {

std::vector<perr::Document> ingest_folder(const std::string& folder) {
    perr::Ingester ingester;
    std::vector<perr::Document> docs;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        auto r = ingester.ingest(bytes.str(), {entry.path().string(), std::nullopt, false});
        if (auto* ok = (r.ok() ? &r.value() : nullptr)) docs.push_back(std::move(ok->document));
    }
    return docs;
}

void time_format(const std::vector<perr::Document>& docs, perr::OutputFormat format, int n) {
    double best = 1e9;
    std::size_t bytes = 0;
    for (int rep = 0; rep < 5; ++rep) {
        auto start = std::chrono::steady_clock::now();
        bytes = 0;
        for (int i = 0; i < n; ++i)
            for (const perr::Document& d : docs) bytes += perr::render_document(d, format).size();
        std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    std::cout << (format == perr::OutputFormat::yaml ? "yaml" : "json") << ": " << best << " s for "
              << static_cast<double>(bytes) / 1e6 << " MB, "
              << static_cast<double>(bytes) / 1e6 / best << " MB/s\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: emit_bench FOLDER [N] [yaml]\n";
        return 2;
    }
    auto docs = ingest_folder(argv[1]);
    int n = argc > 2 ? std::atoi(argv[2]) : 200;
    time_format(docs, perr::OutputFormat::yaml, n);
    if (argc <= 3) time_format(docs, perr::OutputFormat::json, n);
}
