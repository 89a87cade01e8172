#include "diff/diff_report.h"

#include <map>

#include "diff/change_line.h"

namespace perr {
namespace {

using Groups = std::vector<std::pair<std::string, std::vector<const Change*>>>;

// Changes grouped by axe, groups in order of first appearance.
Groups grouped(const DiffResult& r) {
    Groups groups;
    std::map<std::string, std::size_t> at;
    for (const Change& c : r.changes) {
        auto [it, fresh] = at.emplace(c.group, groups.size());
        if (fresh) groups.push_back({c.group, {}});
        groups[it->second].second.push_back(&c);
    }
    return groups;
}

std::string bold(const std::string& s, bool color) {
    return color ? "\033[1m" + s + "\033[0m" : s;
}

} // namespace

std::string diff_summary(const DiffResult& r) {
    static const std::pair<ChangeType, const char*> kOrder[] = {
        {ChangeType::added, "added"},
        {ChangeType::removed, "removed"},
        {ChangeType::reworded, "reworded"},
        {ChangeType::moved, "moved"},
        {ChangeType::moved_reworded, "moved and reworded"},
        {ChangeType::kind_changed, "kind changed"},
        {ChangeType::number_changed, "renumbered"},
        {ChangeType::metadata, "metadata"},
    };
    std::string out;
    for (const auto& [type, label] : kOrder)
        if (int n = r.count(type))
            out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + label;
    return out.empty() ? "no changes" : out;
}

void write_diff_text(const DiffResult& r, const DiffLabels& labels, bool color, std::ostream& out) {
    out << "perr diff " << labels.old_path << " \u2192 " << labels.new_path << "\n";
    for (const auto& [group, changes] : grouped(r)) {
        out << "\n" << bold("== " + group, color) << "\n";
        for (const Change* c : changes) out << "  " << change_line(*c, {color, false}) << "\n";
    }
    out << "\n" << diff_summary(r) << "\n";
}

void write_diff_markdown(const DiffResult& r, const DiffLabels& labels, std::ostream& out) {
    out << "## perr diff: `" << labels.old_path << "` \u2192 `" << labels.new_path << "`\n\n**"
        << diff_summary(r) << "**\n";
    for (const auto& [group, changes] : grouped(r)) {
        out << "\n### " << markdown_escaped(group) << "\n\n";
        for (const Change* c : changes) {
            std::string line = change_line(*c, {false, true});
            std::size_t nl;
            while ((nl = line.find("\n    ")) != std::string::npos) line.replace(nl, 5, "<br>");
            out << "- " << line << "\n";
        }
    }
}

} // namespace perr
