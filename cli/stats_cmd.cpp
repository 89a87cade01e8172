#include "cli/stats_cmd.h"

#include <algorithm>
#include <array>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/exit_codes.h"
#include "cli/input_files.h"
#include "cli/load_document.h"
#include "cli/options.h"

namespace perr {
namespace {

constexpr std::array<Kind, 7> kCounted{Kind::axe,         Kind::objectif_strategique,
                                       Kind::orientation, Kind::objectif_operationnel,
                                       Kind::action,      Kind::enjeu,
                                       Kind::priorite};

// One row: a file, or one territory's part of a multi-territory file.
struct StatsRow {
    std::string file;
    std::string territory;
    std::array<int, kKindCount> counts{};
    std::size_t depth = 0;
    std::string claims; // "axe 4/4 ok", "objectif_operationnel 15/14 differs"
};

void count(const Node& n, std::size_t depth, StatsRow& row) {
    if (n.kind == Kind::texte) return;
    ++row.counts[static_cast<std::size_t>(n.kind)];
    row.depth = std::max(row.depth, depth);
    for (const Node& c : n.children) count(c, depth + 1, row);
}

std::vector<StatsRow> rows_of(const std::string& file, const Document& doc) {
    std::vector<StatsRow> rows;
    StatsRow whole{file, doc.territory, {}, 0, {}};
    for (const Node& n : doc.children) count(n, 1, whole);
    for (const auto& [kind, claimed] : doc.claims) {
        auto k = kind_from_name(kind);
        int actual = k ? whole.counts[static_cast<std::size_t>(*k)] : 0;
        whole.claims += (whole.claims.empty() ? "" : "; ") + kind + " " + std::to_string(claimed) +
                        "/" + std::to_string(actual) + (claimed == actual ? " ok" : " differs");
    }
    bool parts = std::any_of(doc.children.begin(), doc.children.end(),
                             [](const Node& n) { return n.kind == Kind::territoire; });
    if (parts) whole.territory = "(whole file)";
    rows.push_back(whole);
    for (const Node& n : doc.children)
        if (n.kind == Kind::territoire) {
            StatsRow part{file, n.title, {}, 0, {}};
            for (const Node& c : n.children) count(c, 1, part);
            rows.push_back(part);
        }
    return rows;
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void print_table(const std::vector<StatsRow>& rows) {
    std::vector<std::vector<std::string>> cells{{"file", "territory"}};
    for (Kind k : kCounted) cells[0].push_back(std::string(kind_abbrev(k)));
    cells[0].insert(cells[0].end(), {"depth", "claims"});
    for (const StatsRow& r : rows) {
        std::vector<std::string> line{r.file, r.territory};
        for (Kind k : kCounted)
            line.push_back(std::to_string(r.counts[static_cast<std::size_t>(k)]));
        line.push_back(std::to_string(r.depth));
        line.push_back(r.claims);
        cells.push_back(line);
    }
    std::vector<std::size_t> width(cells[0].size(), 0);
    auto display = [](const std::string& s) {
        return static_cast<std::size_t>(
            std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    };
    for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i)
            width[i] = std::max(width[i], display(line[i]));
    for (const auto& line : cells) {
        for (std::size_t i = 0; i < line.size(); ++i)
            std::cout << line[i]
                      << (i + 1 < line.size() ? std::string(width[i] - display(line[i]) + 2, ' ')
                                              : "");
        std::cout << '\n';
    }
    std::cout << "(kinds: a axe, os objectif stratégique, or orientation, oo objectif "
                 "opérationnel, ac action, en enjeu, pr priorité)\n";
}

void print_json(const std::vector<StatsRow>& rows) {
    nlohmann::ordered_json out{{"perr_stats", 1}, {"rows", nlohmann::ordered_json::array()}};
    for (const StatsRow& r : rows) {
        nlohmann::ordered_json counts;
        for (Kind k : kCounted)
            counts[std::string(kind_name(k))] = r.counts[static_cast<std::size_t>(k)];
        out["rows"].push_back({{"file", r.file},
                               {"territory", r.territory},
                               {"counts", counts},
                               {"depth", r.depth},
                               {"claims", r.claims}});
    }
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void print_csv(const std::vector<StatsRow>& rows) {
    std::cout << "file,territory";
    for (Kind k : kCounted) std::cout << ',' << kind_name(k);
    std::cout << ",depth,claims\r\n";
    for (const StatsRow& r : rows) {
        std::cout << csv_cell(r.file) << ',' << csv_cell(r.territory);
        for (Kind k : kCounted) std::cout << ',' << r.counts[static_cast<std::size_t>(k)];
        std::cout << ',' << r.depth << ',' << csv_cell(r.claims) << "\r\n";
    }
}

} // namespace

int run_stats(const StatsCommandOptions& o) {
    std::vector<StatsRow> rows;
    ExpandedInputs expanded = expand_inputs(o.inputs);
    for (const std::string& e : expanded.errors) std::cerr << e;
    bool trouble = !expanded.errors.empty();
    DocumentLoader loader(o.max_bytes);
    for (const InputFile& input : expanded.files) {
        DocumentError error;
        auto docs = loader.load_all(input.path, error);
        if (!docs) {
            std::cerr << document_error_line(input.path, error);
            trouble = true;
            continue;
        }
        for (const Document& doc : *docs)
            for (StatsRow& r : rows_of(input.path, doc)) rows.push_back(std::move(r));
    }
    if (o.format == "json")
        print_json(rows);
    else if (o.format == "csv")
        print_csv(rows);
    else
        print_table(rows);
    return to_int(trouble ? ExitCode::failure : ExitCode::ok);
}

void setup_stats(CLI::App& app, int* exit_code) {
    auto opts = std::make_shared<StatsCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "stats", "Counts per kind and per territory, depth, claims against counts");
    cmd->footer("Each input is a raw document or a perr YAML/JSON export.\nExamples:\n"
                "  perr stats samples/*\n  perr stats --format csv out/*.json > stats.csv\n\n"
                "Exit codes: 0 success; 2 an input could not be read or ingested.");
    cmd->add_option("inputs", opts->inputs,
                    "Documents, exports or directories ('-' for standard input)")
        ->required();
    cmd->add_option("-f,--format", opts->format, "Output format")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->default_str("table");
    add_max_bytes_option(*cmd, opts->max_bytes);
    cmd->callback([opts, exit_code] { *exit_code = run_stats(*opts); });
}

} // namespace perr
