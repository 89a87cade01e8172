#include "schema/schema_guard.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "schema/positioned_json.h"
#include "schema/validator.h"
#include "utilities/regex.h"

namespace perr {
namespace {

using json = nlohmann::json;

// One schema object (or boolean) of the document, by JSON Pointer.
struct SchemaNode {
    json* value = nullptr;
    std::vector<std::string> in_place;   // applied to the same value (allOf, not, if, ...)
    std::vector<std::string> descending; // applied to parts of it (properties, items, ...)
    std::string ref;                     // "$ref" target pointer, or empty
    bool has_ref = false;
};

using Graph = std::map<std::string, SchemaNode>;

std::string at(const std::string& pointer) {
    return pointer.empty() ? "the schema's root" : "#" + pointer;
}

[[noreturn]] void refuse(const std::string& message) {
    throw SchemaError(message);
}

bool is_schema(const json& v) {
    return v.is_object() || v.is_boolean();
}

class Walker {
  public:
    explicit Walker(Graph& graph) : graph_(graph) {}

    void walk(json& root) {
        pending_.push_back({&root, ""});
        while (!pending_.empty()) {
            auto [value, pointer] = pending_.back();
            pending_.pop_back();
            visit(*value, pointer);
        }
    }

  private:
    void add(json& child, const std::string& pointer, std::vector<std::string>* edges) {
        if (!is_schema(child)) return;
        if (edges) edges->push_back(pointer);
        pending_.push_back({&child, pointer});
    }

    void visit(json& value, const std::string& pointer) {
        SchemaNode& node = graph_[pointer];
        node.value = &value;
        if (!value.is_object()) return;
        for (auto& [key, sub] : value.items()) {
            std::string p = pointer + "/" + pointer_token(key);
            if (key == "not" || key == "if" || key == "then" || key == "else") {
                add(sub, p, &node.in_place);
            } else if (key == "additionalItems" || key == "additionalProperties" ||
                       key == "contains" || key == "propertyNames" ||
                       (key == "items" && !sub.is_array())) {
                add(sub, p, &node.descending);
            } else if ((key == "allOf" || key == "anyOf" || key == "oneOf" || key == "items") &&
                       sub.is_array()) {
                auto* edges = key == "items" ? &node.descending : &node.in_place;
                for (std::size_t i = 0; i < sub.size(); ++i)
                    add(sub[i], p + "/" + std::to_string(i), edges);
            } else if (key == "properties" || key == "dependencies" || key == "definitions" ||
                       key == "$defs") {
                auto* edges = key == "properties"     ? &node.descending
                              : key == "dependencies" ? &node.in_place
                                                      : nullptr;
                if (sub.is_object())
                    for (auto& [name, s] : sub.items())
                        add(s, p + "/" + pointer_token(name), edges);
            } else if (key == "patternProperties") {
                refuse("patternProperties at " + at(pointer) +
                       " is not supported (perr checks patterns with PCRE2, `pattern` only)");
            } else if (key == "$ref") {
                node.has_ref = true;
                node.ref = ref_target(sub, pointer);
            } else if (key == "pattern") {
                check_pattern(sub, pointer);
            }
        }
    }

    static std::string ref_target(const json& ref, const std::string& pointer) {
        if (!ref.is_string()) refuse("$ref at " + at(pointer) + " is not a string");
        const std::string& r = ref.get_ref<const std::string&>();
        if (r.empty() || r[0] != '#' || (r.size() > 1 && r[1] != '/'))
            refuse("$ref \"" + r.substr(0, 80) + "\" at " + at(pointer) +
                   ": only references into the same schema (\"#/...\") are supported");
        return r.substr(1);
    }

    static void check_pattern(const json& pattern, const std::string& pointer) {
        if (!pattern.is_string()) refuse("pattern at " + at(pointer) + " is not a string");
        if (auto compiled = Regex::compile(pattern.get_ref<const std::string&>(), false); !compiled)
            refuse("pattern at " + at(pointer) + ": " + compiled.error().message);
    }

    Graph& graph_;
    std::vector<std::pair<json*, std::string>> pending_;
};

// Edges followed when a value is checked: a $ref replaces its object.
std::vector<std::string> in_place_edges(const SchemaNode& n) {
    return n.has_ref ? std::vector<std::string>{n.ref} : n.in_place;
}

void check_refs(const Graph& graph) {
    for (const auto& [pointer, node] : graph)
        if (node.has_ref && !graph.contains(node.ref))
            refuse("$ref \"#" + node.ref.substr(0, 80) + "\" at " + at(pointer) +
                   " does not point to a schema in this document");
}

// Longest chain of in-place steps from each node; a cycle is refused (the
// check of one value would never end). Iterative: the graph may be deep.
void check_in_place_chains(const Graph& graph) {
    enum Mark { unseen, open, done };
    std::map<std::string, Mark> mark;
    std::map<std::string, int> longest;
    for (const auto& [start, ignored] : graph) {
        if (mark[start] != unseen) continue;
        std::vector<std::pair<std::string, std::size_t>> stack{{start, 0}};
        mark[start] = open;
        while (!stack.empty()) {
            auto& [pointer, next] = stack.back();
            std::vector<std::string> edges = in_place_edges(graph.at(pointer));
            if (next < edges.size()) {
                const std::string& child = edges[next++];
                if (mark[child] == open)
                    refuse("the schema refers to itself without descending into the document ("
                           "#" +
                           child + " is reached again from #" + pointer +
                           "): it would never "
                           "finish");
                if (mark[child] == unseen) {
                    mark[child] = open;
                    stack.push_back({child, 0});
                }
                continue;
            }
            int best = 0;
            for (const std::string& child : edges) best = std::max(best, longest[child] + 1);
            if (best > kMaxInPlaceChain)
                refuse("more than " + std::to_string(kMaxInPlaceChain) +
                       " $ref/allOf/anyOf/oneOf/not/if steps applied to one value from " +
                       at(pointer));
            longest[pointer] = best;
            mark[pointer] = done;
            stack.pop_back();
        }
    }
}

// How deep a parser that expands each schema object once would recurse.
void check_recursion(const Graph& graph) {
    std::map<std::string, bool> seen;
    std::vector<std::pair<std::string, std::size_t>> stack{{"", 0}};
    seen[""] = true;
    while (!stack.empty()) {
        if (stack.size() > static_cast<std::size_t>(kMaxSchemaRecursion))
            refuse("the schema nests more than " + std::to_string(kMaxSchemaRecursion) +
                   " schemas deep (through $ref) at #" + stack.back().first);
        auto& [pointer, next] = stack.back();
        const SchemaNode& node = graph.at(pointer);
        std::vector<std::string> edges = in_place_edges(node);
        edges.insert(edges.end(), node.descending.begin(), node.descending.end());
        if (next >= edges.size()) {
            stack.pop_back();
            continue;
        }
        const std::string& child = edges[next++];
        if (!seen[child]) {
            seen[child] = true;
            stack.push_back({child, 0});
        }
    }
}

// valijson sees PCRE2 and regex-free keywords instead of its std::regex ones.
void rename_keywords(Graph& graph) {
    for (auto& [pointer, node] : graph) {
        json& v = *node.value;
        if (!v.is_object()) continue;
        if (auto it = v.find("pattern"); it != v.end()) {
            json pattern = std::move(*it);
            v.erase(it);
            v[kPcrePatternKeyword] = std::move(pattern);
        }
        if (auto it = v.find("format"); it != v.end()) {
            json format = std::move(*it);
            v.erase(it);
            v[kFormatKeyword] = std::move(format);
        }
        if (auto it = v.find("id"); it != v.end() && it->is_string()) v.erase(it);
    }
}

} // namespace

nlohmann::json guard_schema(const nlohmann::json& schema) {
    if (!is_schema(schema)) refuse("a JSON Schema is an object or a boolean");
    json copy = schema;
    Graph graph;
    Walker(graph).walk(copy);
    check_refs(graph);
    check_in_place_chains(graph);
    check_recursion(graph);
    rename_keywords(graph);
    return copy;
}

} // namespace perr
