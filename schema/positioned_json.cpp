#include "schema/positioned_json.h"

#include <yaml-cpp/yaml.h>

#include <cstdlib>

namespace perr {
namespace {

constexpr std::size_t kMaxValues = 5'000'000;
constexpr int kMaxDepth = 512;

bool is_int(const std::string& s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size() || s.size() - i > 18) return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool is_float(const std::string& s) {
    if (s.empty()) return false;
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    bool digit = s.find_first_of("0123456789") != std::string::npos;
    return digit && end == s.c_str() + s.size() &&
           s.find_first_not_of("+-0123456789.eE") == std::string::npos;
}

// YAML 1.2 core schema for plain scalars; anything quoted is a string.
nlohmann::json resolve_scalar(const YAML::Node& node) {
    const std::string& s = node.Scalar();
    if (node.Tag() != "?") return s;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    if (is_int(s)) return std::stoll(s);
    if (is_float(s)) return std::strtod(s.c_str(), nullptr);
    return s;
}

class Converter {
  public:
    explicit Converter(PositionedJson& out) : out_(out) {}

    bool convert(const YAML::Node& node, nlohmann::json& into, const std::string& pointer,
                 int depth) {
        if (++count_ > kMaxValues || depth > kMaxDepth) return false;
        out_.positions.emplace(pointer, Position{node.Mark().line + 1, node.Mark().column + 1});
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            into = resolve_scalar(node);
            return true;
        case YAML::NodeType::Sequence:
            return convert_sequence(node, into, pointer, depth);
        case YAML::NodeType::Map:
            return convert_map(node, into, pointer, depth);
        default:
            into = nullptr;
            return true;
        }
    }

  private:
    bool convert_sequence(const YAML::Node& node, nlohmann::json& into, const std::string& pointer,
                          int depth) {
        into = nlohmann::json::array();
        std::size_t i = 0;
        for (const YAML::Node& item : node) {
            into.push_back(nullptr);
            if (!convert(item, into.back(), pointer + "/" + std::to_string(i++), depth + 1))
                return false;
        }
        return true;
    }

    bool convert_map(const YAML::Node& node, nlohmann::json& into, const std::string& pointer,
                     int depth) {
        into = nlohmann::json::object();
        for (const auto& kv : node) {
            std::string key = kv.first.IsScalar() ? kv.first.Scalar() : YAML::Dump(kv.first);
            if (!convert(kv.second, into[key], pointer + "/" + pointer_token(key), depth + 1))
                return false;
        }
        return true;
    }

    PositionedJson& out_;
    std::size_t count_ = 0;
};

} // namespace

std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

bool looks_like_json(std::string_view text) {
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        return c == '{' || c == '[';
    }
    return false;
}

Position PositionedJson::position_of(std::string pointer) const {
    for (;;) {
        if (auto it = positions.find(pointer); it != positions.end()) return it->second;
        if (pointer.empty()) return {};
        pointer.erase(pointer.rfind('/'));
    }
}

std::optional<PositionedJson> load_positioned(std::string_view text, LoadError& error) {
    PositionedJson out;
    try {
        YAML::Node root = YAML::Load(std::string(text));
        if (!Converter(out).convert(root, out.value, "", 0)) {
            error = {"document too large or too deeply nested (more than 5,000,000 values or 512 "
                     "levels)",
                     {}};
            return std::nullopt;
        }
    } catch (const YAML::Exception& e) {
        error = {e.msg, {e.mark.line + 1, e.mark.column + 1}};
        return std::nullopt;
    }
    return out;
}

} // namespace perr
