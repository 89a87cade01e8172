#include "diff/diff_report.h"

#include <map>
#include <nlohmann/json.hpp>

namespace perr {
namespace {

struct Style {
    bool on;
    std::string paint(const char* code, const std::string& s) const {
        return on ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
    }
};

constexpr const char* kGreen = "32";
constexpr const char* kRed = "31";
constexpr const char* kYellow = "33";
constexpr const char* kCyan = "36";

std::string quoted(const std::string& s) {
    return "\u00AB " + s + " \u00BB";
}

std::string path_text(const std::vector<std::string>& path) {
    std::string out;
    for (const std::string& p : path) out += (out.empty() ? "" : " \u203A ") + p;
    return out.empty() ? "(top level)" : out;
}

std::string word_diff_text(const std::vector<WordOp>& ops, const Style& st) {
    std::string out;
    for (const WordOp& w : ops) {
        if (!out.empty()) out += ' ';
        if (w.op == '=')
            out += w.text;
        else if (w.op == '-')
            out += st.paint(kRed, "[-" + w.text + "-]");
        else
            out += st.paint(kGreen, "{+" + w.text + "+}");
    }
    return out;
}

std::string line_for(const Change& c, const Style& st) {
    const NodeSide* o = c.old_node ? &*c.old_node : nullptr;
    const NodeSide* n = c.new_node ? &*c.new_node : nullptr;
    std::string below =
        c.descendants > 0 ? " (with " + std::to_string(c.descendants) + " below)" : "";
    switch (c.type) {
    case ChangeType::added:
        return st.paint(kGreen, "+ added " + n->kind + " " + quoted(n->title)) + below +
               "\n    under " + path_text(n->path);
    case ChangeType::removed:
        return st.paint(kRed, "- removed " + o->kind + " " + quoted(o->title)) + below +
               "\n    was under " + path_text(o->path);
    case ChangeType::reworded:
        return st.paint(kYellow, "~ reworded " + n->kind) + ": " + word_diff_text(c.words, st);
    case ChangeType::moved:
        if (c.scope == "position")
            return st.paint(kCyan, "\u2192 moved " + n->kind + " " + quoted(n->title)) +
                   " among its siblings\n    under " + path_text(n->path);
        return st.paint(kCyan, "\u2192 moved " + n->kind + " " + quoted(n->title)) + "\n    from " +
               path_text(o->path) + "\n    to   " + path_text(n->path);
    case ChangeType::moved_reworded:
        return st.paint(kCyan, "\u2192 moved and reworded " + n->kind) + ": " +
               word_diff_text(c.words, st) + "\n    from " + path_text(o->path) + "\n    to   " +
               path_text(n->path);
    case ChangeType::kind_changed:
        return st.paint(kYellow, "~ kind changed " + o->kind + " \u2192 " + n->kind) + ": " +
               quoted(n->title);
    case ChangeType::number_changed:
        return st.paint(kYellow, "~ renumbered " + n->kind + " " +
                                     (o->number.empty() ? "(none)" : o->number) + " \u2192 " +
                                     (n->number.empty() ? "(none)" : n->number)) +
               ": " + quoted(n->title);
    default:
        if (c.old_value.empty()) return st.paint(kGreen, "+ " + c.field + ": " + c.new_value);
        if (c.new_value.empty()) return st.paint(kRed, "- " + c.field + ": " + c.old_value);
        return st.paint(kYellow, "~ " + c.field + ": " + c.old_value + " \u2192 " + c.new_value);
    }
}

// Changes grouped by axe, groups in order of first appearance.
std::vector<std::pair<std::string, std::vector<const Change*>>> grouped(const DiffResult& r) {
    std::vector<std::pair<std::string, std::vector<const Change*>>> groups;
    std::map<std::string, std::size_t> at;
    for (const Change& c : r.changes) {
        auto [it, fresh] = at.emplace(c.group, groups.size());
        if (fresh) groups.push_back({c.group, {}});
        groups[it->second].second.push_back(&c);
    }
    return groups;
}

nlohmann::ordered_json side_json(const NodeSide& s) {
    return {{"id", s.id},       {"kind", s.kind}, {"number", s.number},
            {"title", s.title}, {"line", s.line}, {"path", s.path}};
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

std::string render_diff_text(const DiffResult& r, const DiffLabels& labels, bool color) {
    Style st{color};
    std::string out = "perr diff " + labels.old_path + " \u2192 " + labels.new_path + "\n";
    for (const auto& [group, changes] : grouped(r)) {
        out += "\n" + st.paint("1", "== " + group) + "\n";
        for (const Change* c : changes) out += "  " + line_for(*c, st) + "\n";
    }
    out += "\n" + diff_summary(r) + "\n";
    return out;
}

std::string render_diff_json(const DiffResult& r, const DiffLabels& labels) {
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    for (ChangeType t : {ChangeType::added, ChangeType::removed, ChangeType::reworded,
                         ChangeType::moved, ChangeType::moved_reworded, ChangeType::kind_changed,
                         ChangeType::number_changed, ChangeType::metadata})
        summary[std::string(change_type_name(t))] = r.count(t);
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const Change& c : r.changes) {
        nlohmann::ordered_json j{{"type", change_type_name(c.type)}, {"group", c.group}};
        if (c.old_node) j["old"] = side_json(*c.old_node);
        if (c.new_node) j["new"] = side_json(*c.new_node);
        if (!c.scope.empty()) j["scope"] = c.scope;
        if (!c.words.empty()) {
            j["similarity"] = static_cast<double>(static_cast<int>(c.similarity * 1000)) / 1000;
            nlohmann::ordered_json words = nlohmann::ordered_json::array();
            for (const WordOp& w : c.words)
                words.push_back({{"op", std::string(1, w.op)}, {"text", w.text}});
            j["words"] = words;
        }
        if (c.descendants > 0) j["descendants"] = c.descendants;
        if (c.type == ChangeType::metadata) {
            j["field"] = c.field;
            j["old_value"] = c.old_value;
            j["new_value"] = c.new_value;
        }
        changes.push_back(std::move(j));
    }
    nlohmann::ordered_json out{{"perr_diff", 1},
                               {"old", labels.old_path},
                               {"new", labels.new_path},
                               {"summary", summary},
                               {"changes", changes}};
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string render_diff_markdown(const DiffResult& r, const DiffLabels& labels) {
    std::string out = "## perr diff: `" + labels.old_path + "` \u2192 `" + labels.new_path +
                      "`\n\n**" + diff_summary(r) + "**\n";
    for (const auto& [group, changes] : grouped(r)) {
        out += "\n### " + group + "\n\n";
        for (const Change* c : changes) {
            std::string line = line_for(*c, Style{false});
            std::size_t nl;
            while ((nl = line.find("\n    ")) != std::string::npos) line.replace(nl, 5, "<br>");
            out += "- " + line + "\n";
        }
    }
    return out;
}

} // namespace perr
