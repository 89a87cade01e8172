// The diff against random edit scripts of known ground truth, on every
// sample's tree and on a twin version of it (the same programme under two
// territoires, so that every title repeats): the changes reported must be
// the changes made. Precision and recall per change type are printed.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "diff/tree_diff.h"
#include "parsers/ingest.h"
#include "tests/unit/edit_script.h"

using namespace perr;
using namespace perr::test;

namespace {

std::vector<std::pair<std::string, Document>> sample_trees() {
    std::vector<std::pair<std::string, Document>> out;
    const Ingester ingester;
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(PERR_SAMPLES_DIR))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        auto r = ingester.ingest(bytes.str(), {});
        REQUIRE(r.ok());
        Document doc = std::move(r).value().document;
        number_lines(doc);
        std::string name = path.filename().string();
        out.emplace_back(name + " (twin)", twin_territories(doc));
        out.emplace_back(name, std::move(doc));
    }
    return out;
}

void parent_lines(const std::vector<Node>& nodes, int parent, std::map<int, int>& out) {
    for (const Node& n : nodes) {
        out[n.line] = parent;
        parent_lines(n.children, n.line, out);
    }
}

// The reported changes in the script's terms (see ChangeKeys).
ChangeKeys reported(const DiffResult& r, const Document& after) {
    std::map<int, int> parent_of;
    parent_lines(after.children, 0, parent_of);
    ChangeKeys out;
    for (const Change& c : r.changes) {
        std::string old_line = c.old_node ? std::to_string(c.old_node->line) : "-";
        std::string new_line = c.new_node ? std::to_string(c.new_node->line) : "-";
        std::string new_parent = c.new_node ? std::to_string(parent_of[c.new_node->line]) : "-";
        switch (c.type) {
        case ChangeType::added:
            out.insert("added " + new_line);
            break;
        case ChangeType::removed:
            out.insert("removed " + old_line);
            break;
        case ChangeType::reworded:
            out.insert("reworded " + old_line + " " + new_line);
            break;
        case ChangeType::moved:
            out.insert((c.scope == "position" ? "moved(position) " : "moved ") + old_line + " " +
                       new_parent);
            break;
        case ChangeType::moved_reworded:
            out.insert("moved_reworded " + old_line + " " + new_parent);
            break;
        default:
            out.insert(std::string(change_type_name(c.type)) + " " + old_line + " " + new_line);
        }
    }
    return out;
}

std::string type_of(const std::string& key) {
    std::string t = key.substr(0, key.find(' '));
    if (t == "moved(position)") return "moved";
    if (t == "kind_changed" || t == "number_changed" || t == "metadata") return "other";
    return t;
}

struct Tally {
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : tp / static_cast<double>(tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : tp / static_cast<double>(tp + fn); }
};

void score(const ChangeKeys& expected, const ChangeKeys& got, std::map<std::string, Tally>& t) {
    ChangeKeys left = got;
    for (const std::string& k : expected) {
        auto it = left.find(k);
        if (it != left.end()) {
            ++t[type_of(k)].tp;
            left.erase(it);
        } else {
            ++t[type_of(k)].fn;
        }
    }
    for (const std::string& k : left) ++t[type_of(k)].fp;
}

std::string listed(const ChangeKeys& keys) {
    std::string out;
    for (const std::string& k : keys) out += "\n    " + k;
    return out;
}

using Tallies = std::map<std::string, Tally>;

struct Run {
    Tallies tally;
    int scripts = 0, exact = 0;
};

void print(const std::string& title, const Run& run) {
    std::cout << title << ": " << run.scripts << " scripts, " << run.exact
              << " reported exactly\n| change type | edits | reported | precision | recall "
                 "|\n|---|---:|---:|---:|---:|\n";
    for (const auto& [type, t] : run.tally) {
        char line[160];
        std::snprintf(line, sizeof line, "| %s | %d | %d | %.4f | %.4f |\n", type.c_str(),
                      t.tp + t.fn, t.tp + t.fp, t.precision(), t.recall());
        std::cout << line;
    }
}

void show_mismatch(const std::string& name, int seed, const EditScript& script,
                   const ChangeKeys& got) {
    std::string steps;
    for (const std::string& s : script.steps) steps += "\n    " + s;
    std::cout << name << " seed " << seed << ":" << steps
              << "\n  expected:" << listed(script.expected) << "\n  reported:" << listed(got)
              << "\n";
}

} // namespace

TEST_CASE("perr::diff_documents on random edit scripts (precision and recall per change type)") {
    constexpr int kSeeds = 100;
    constexpr int kEdits = 5;
    Run samples, twins;
    int shown = 0;
    for (const auto& [name, before] : sample_trees()) {
        Run& run = name.ends_with("(twin)") ? twins : samples;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            std::mt19937 rng(static_cast<unsigned>(seed * 7919));
            EditScript script = random_edit_script(before, rng, kEdits);
            ChangeKeys got = reported(diff_documents(before, script.after, {}), script.after);
            score(script.expected, got, run.tally);
            ++run.scripts;
            if (got == script.expected)
                ++run.exact;
            else if (shown++ < 10)
                show_mismatch(name, seed, script, got);
        }
    }
    std::cout << "perr diff on random edit scripts (" << kEdits << " edits a script, " << kSeeds
              << " seeds a tree)\n";
    print("samples as ingested", samples);
    print("twin territories (every title twice)", twins);
    for (const Run* run : {&samples, &twins})
        for (const auto& [type, t] : run->tally) {
            INFO(type);
            CHECK(t.precision() >= 0.99);
            CHECK(t.recall() >= 0.99);
        }
    CHECK(samples.tally["moved"].tp + twins.tally["moved"].tp >= 300);
}
