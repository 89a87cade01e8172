#include "cli/stats_cmd.h"

#include <algorithm>
#include <array>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/exit_codes.h"
#include "cli/formats.h"
#include "cli/input_files.h"
#include "cli/load_document.h"
#include "cli/messages.h"
#include "cli/options.h"
#include "schema/doc_stats.h"

namespace perr {
namespace {

constexpr std::array<Kind, 7> kCounted{Kind::axe,         Kind::objectif_strategique,
                                       Kind::orientation, Kind::objectif_operationnel,
                                       Kind::action,      Kind::enjeu,
                                       Kind::priorite};

struct FileStats {
    std::string file;
    DocumentStats stats;
};

int count_of(const PartStats& p, Kind k) {
    return p.counts[static_cast<std::size_t>(k)];
}

// "axe 4/4 ok; objectif_operationnel 15/14 differs" (announced/counted).
std::string claims_summary(const std::vector<ClaimCheck>& claims) {
    std::string out;
    for (const ClaimCheck& c : claims)
        out += (out.empty() ? "" : "; ") + c.kind + " " + std::to_string(c.announced) + "/" +
               std::to_string(c.counted) + (c.holds() ? " ok" : " differs");
    return out;
}

std::size_t display_width(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void print_aligned(const std::vector<std::vector<std::string>>& cells) {
    std::vector<std::size_t> width(cells[0].size(), 0);
    for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i)
            width[i] = std::max(width[i], display_width(line[i]));
    for (const auto& line : cells) {
        for (std::size_t i = 0; i < line.size(); ++i)
            std::cout << line[i]
                      << (i + 1 < line.size()
                              ? std::string(width[i] - display_width(line[i]) + 2, ' ')
                              : "");
        std::cout << '\n';
    }
}

// One row per part; a file's claims on its first row (they are the document's).
void print_table(const std::vector<FileStats>& files) {
    std::vector<std::vector<std::string>> cells{{"file", "territory"}};
    for (Kind k : kCounted) cells[0].push_back(std::string(kind_abbrev(k)));
    cells[0].insert(cells[0].end(), {"depth", "claims"});
    for (const FileStats& f : files)
        for (const PartStats& p : f.stats.parts) {
            std::vector<std::string> line{f.file, p.territory};
            for (Kind k : kCounted) line.push_back(std::to_string(count_of(p, k)));
            line.push_back(std::to_string(p.depth));
            line.push_back(&p == &f.stats.parts.front() ? claims_summary(f.stats.claims) : "");
            cells.push_back(line);
        }
    print_aligned(cells);
    std::cout << "(kinds: a axe, os objectif stratégique, or orientation, oo objectif "
                 "opérationnel, ac action, en enjeu, pr priorité)\n";
}

nlohmann::ordered_json counts_json(const PartStats& p) {
    nlohmann::ordered_json counts;
    for (Kind k : kCounted) counts[std::string(kind_name(k))] = count_of(p, k);
    return counts;
}

void print_json(const std::vector<FileStats>& files) {
    nlohmann::ordered_json out{{"perr_stats", 2}, {"files", nlohmann::ordered_json::array()}};
    for (const FileStats& f : files) {
        nlohmann::ordered_json claims = nlohmann::ordered_json::array(),
                               parts = nlohmann::ordered_json::array();
        for (const ClaimCheck& c : f.stats.claims)
            claims.push_back({{"kind", c.kind},
                              {"announced", c.announced},
                              {"counted", c.counted},
                              {"ok", c.holds()}});
        for (const PartStats& p : f.stats.parts)
            parts.push_back(
                {{"territory", p.territory}, {"counts", counts_json(p)}, {"depth", p.depth}});
        out["files"].push_back({{"file", f.file},
                                {"territory", f.stats.whole.territory},
                                {"counts", counts_json(f.stats.whole)},
                                {"depth", f.stats.whole.depth},
                                {"claims", claims},
                                {"parts", parts}});
    }
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// One row per part, so sums per file are the file's counts; announced_*
// are the document's announced counts (empty: none), on each of its rows.
void print_csv(const std::vector<FileStats>& files) {
    std::cout << "file,territory";
    for (Kind k : kCounted) std::cout << ',' << kind_name(k);
    std::cout << ",depth";
    for (Kind k : kCounted) std::cout << ",announced_" << kind_name(k);
    std::cout << "\r\n";
    for (const FileStats& f : files)
        for (const PartStats& p : f.stats.parts) {
            std::cout << csv_cell(f.file) << ',' << csv_cell(p.territory);
            for (Kind k : kCounted) std::cout << ',' << count_of(p, k);
            std::cout << ',' << p.depth;
            for (Kind k : kCounted) {
                auto c = std::find_if(
                    f.stats.claims.begin(), f.stats.claims.end(),
                    [&](const ClaimCheck& claim) { return claim.kind == kind_name(k); });
                std::cout << ',' << (c != f.stats.claims.end() ? std::to_string(c->announced) : "");
            }
            std::cout << "\r\n";
        }
}

} // namespace

int run_stats(const StatsCommandOptions& o) {
    std::vector<FileStats> files;
    ExpandedInputs expanded = expand_inputs(o.inputs);
    for (const Error& e : expanded.errors) std::cerr << error_line(e);
    bool trouble = !expanded.errors.empty();
    DocumentLoader loader(o.max_bytes);
    for (const InputFile& input : expanded.files) {
        auto docs = loader.load_all(input.path);
        if (!docs) {
            std::cerr << document_error_line(input.path, docs.error());
            trouble = true;
            continue;
        }
        for (const Document& doc : *docs) files.push_back({input.path, document_stats(doc)});
    }
    if (o.format == "json")
        print_json(files);
    else if (o.format == "csv")
        print_csv(files);
    else
        print_table(files);
    return to_int(trouble ? ExitCode::failure : ExitCode::ok);
}

void setup_stats(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<StatsCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "stats", "Counts per kind and per territory, depth, claims against counts");
    cmd->footer("Each input is a raw document or a perr YAML/JSON export. One row per file, or\n"
                "per territory of a multi-territory file: the rows of a file add up to it.\n"
                "Examples:\n"
                "  perr stats samples/*\n  perr stats --format csv out/*.json > stats.csv\n\n" +
                exit_codes_sentence("stats"));
    cmd->add_option("inputs", opts->inputs,
                    "Documents, exports or directories ('-' for standard input)")
        ->required();
    cmd->add_option("-f,--format", opts->format, "Output format")
        ->transform(format_choice({"text", "json", "csv"}))
        ->default_str("text");
    add_max_bytes_option(*cmd, opts->max_bytes);
    cmd->callback([opts, exit_code] { *exit_code = run_stats(*opts); });
}

} // namespace perr
