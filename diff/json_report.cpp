// The JSON change list, one change per line inside "changes", written as
// it goes (no document-sized tree in memory).
#include <nlohmann/json.hpp>

#include "diff/diff_report.h"

namespace perr {
namespace {

using ojson = nlohmann::ordered_json;

std::string dumped(const ojson& j) {
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

ojson side_json(const NodeSide& s) {
    return {{"id", s.id},       {"kind", s.kind}, {"number", s.number},
            {"title", s.title}, {"line", s.line}, {"parent", s.parent_id}};
}

ojson change_json(const Change& c) {
    ojson j{{"type", change_type_name(c.type)}, {"group", c.group}};
    if (c.old_node) j["old"] = side_json(*c.old_node);
    if (c.new_node) j["new"] = side_json(*c.new_node);
    if (!c.scope.empty()) j["scope"] = c.scope;
    if (!c.words.empty()) {
        j["similarity"] = static_cast<double>(static_cast<int>(c.similarity * 1000)) / 1000;
        ojson words = ojson::array();
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
    return j;
}

} // namespace

void write_diff_json(const DiffResult& r, const DiffLabels& labels, std::ostream& out) {
    ojson summary = ojson::object();
    for (ChangeType t : {ChangeType::added, ChangeType::removed, ChangeType::reworded,
                         ChangeType::moved, ChangeType::moved_reworded, ChangeType::kind_changed,
                         ChangeType::number_changed, ChangeType::metadata})
        summary[std::string(change_type_name(t))] = r.count(t);
    out << "{\n  \"perr_diff\": " << kDiffJsonVersion << ",\n  \"old\": " << dumped(labels.old_path)
        << ",\n  \"new\": " << dumped(labels.new_path) << ",\n  \"summary\": " << dumped(summary)
        << ",\n  \"changes\": [";
    const char* separator = "\n    ";
    for (const Change& c : r.changes) {
        out << separator << dumped(change_json(c));
        separator = ",\n    ";
    }
    out << (r.changes.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

} // namespace perr
