#include "schema/positioned_json.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "schema/json_reader.h"
#include "utilities/decode.h"

namespace perr {
namespace {

bool is_int(const std::string& s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size()) return false;
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

// An integer as JSON holds it: int64, else uint64, else (too long) a float.
nlohmann::json integer_value(const std::string& s) {
    const char* first = s.data() + (s[0] == '+' ? 1 : 0);
    const char* last = s.data() + s.size();
    std::int64_t i = 0;
    if (std::from_chars(first, last, i).ec == std::errc()) return i;
    std::uint64_t u = 0;
    if (std::from_chars(first, last, u).ec == std::errc()) return u;
    return std::strtod(s.c_str(), nullptr);
}

// YAML 1.2 core schema for plain scalars; anything quoted is a string.
nlohmann::json resolve_scalar(const YAML::Node& node) {
    const std::string& s = node.Scalar();
    if (node.Tag() != "?") return s;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    if (is_int(s)) return integer_value(s);
    if (is_float(s)) return std::strtod(s.c_str(), nullptr);
    return s;
}

Position position_of(const YAML::Node& node) {
    return {node.Mark().line + 1, node.Mark().column + 1};
}

// yaml-cpp nodes to JSON values with positions. Aliases are expanded
// against a budget proportional to the text: written out, a document can
// hold no more values than bytes.
class Converter {
  public:
    Converter(PositionedJson& out, std::size_t text_size)
        : out_(out), max_values_(text_size + 1000), max_bytes_(16 * text_size + (1u << 20)) {}

    bool convert(const YAML::Node& node, nlohmann::json& into, const std::string& pointer,
                 int depth) {
        if (depth > kMaxNesting)
            return fail("nesting deeper than " + std::to_string(kMaxNesting) + " levels", node);
        bytes_ += pointer.size() + (node.IsScalar() ? node.Scalar().size() : 0);
        if (++values_ > max_values_ || bytes_ > max_bytes_)
            return fail("aliases expand to more values than the file holds (more than " +
                            std::to_string(max_values_) + " values or " +
                            std::to_string(max_bytes_) + " bytes): refused",
                        node);
        out_.positions.emplace(pointer, position_of(node));
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

    const Error& error() const { return error_; }

  private:
    bool fail(std::string message, const YAML::Node& node) {
        error_ = error_at(ErrorKind::invalid, std::move(message), position_of(node));
        return false;
    }

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
            if (!kv.first.IsScalar()) return fail("a mapping key must be a plain value", kv.first);
            const std::string& key = kv.first.Scalar();
            if (into.contains(key))
                return fail("duplicate key \"" + key.substr(0, 60) +
                                "\" (a key may appear once per mapping)",
                            kv.first);
            if (!convert(kv.second, into[key], pointer + "/" + pointer_token(key), depth + 1))
                return false;
        }
        return true;
    }

    PositionedJson& out_;
    std::size_t values_ = 0, bytes_ = 0;
    std::size_t max_values_, max_bytes_;
    Error error_;
};

std::string hex_byte(char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    auto u = static_cast<unsigned char>(c);
    return {kHex[u >> 4], kHex[u & 15]};
}

// Where each document of a stream starts, as yaml-cpp's parser reports it
// (events only: no tree, no alias expanded).
class DocumentStarts : public YAML::EventHandler {
  public:
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
    std::vector<YAML::Mark> starts;
};

// yaml-cpp 0.7 never consumes a ',' met outside a flow collection at a
// document's top level ("," or "\"a\", b"): YAML::LoadAll then makes empty
// documents without end until memory runs out (found by fuzz_validate).
// A stream has at most one document per "---" or "..." line, plus one; a
// parser that reports more is stuck, and the text is refused first.
Result<void> check_runaway_documents(std::string_view text) {
    std::size_t markers = 0;
    for (std::size_t i = 0; i < text.size(); i = text.find('\n', i) + 1) {
        std::string_view line = text.substr(i, 3);
        if (line == "---" || line == "...") ++markers;
        if (text.find('\n', i) == std::string_view::npos) break;
    }
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    DocumentStarts events;
    while (parser.HandleNextDocument(events))
        if (events.starts.size() > markers + 1) {
            const YAML::Mark& at = events.starts.back();
            return error_at(ErrorKind::syntax,
                            "',' outside a flow collection ([...] or {...}): not YAML",
                            {at.line + 1, at.column + 1});
        }
    return {};
}

// What must be refused before yaml-cpp sees the text.
Result<void> check_readable_bytes(std::string_view text) {
    // YAML and JSON are UTF-8 here; bad bytes would reach every string check.
    if (std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos)
        return error_at(ErrorKind::binary, "invalid UTF-8 (byte 0x" + hex_byte(text[bad]) + ")",
                        position_at(text, bad));
    return check_no_nul(text);
}

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

Result<std::vector<PositionedJson>> load_positioned_all(std::string_view text) {
    if (auto readable = check_readable_bytes(text); !readable) return readable.error();
    std::vector<PositionedJson> out;
    // yaml-cpp reports by exceptions: they stop here, as errors with a place.
    try {
        if (auto sound = check_runaway_documents(text); !sound) return sound.error();
        for (const YAML::Node& root : YAML::LoadAll(std::string(text))) {
            Converter converter(out.emplace_back(), text.size());
            if (!converter.convert(root, out.back().value, "", 0)) return converter.error();
        }
    } catch (const YAML::DeepRecursion& e) {
        return error_at(ErrorKind::too_deep,
                        "nesting deeper than " + std::to_string(kMaxNesting) + " levels",
                        {e.mark.line + 1, e.mark.column + 1});
    } catch (const YAML::Exception& e) {
        return error_at(ErrorKind::syntax, e.msg, {e.mark.line + 1, e.mark.column + 1});
    }
    if (out.empty()) out.emplace_back(); // an empty stream: one null document
    return out;
}

Result<PositionedJson> load_positioned(std::string_view text) {
    auto docs = load_positioned_all(text);
    if (!docs) return docs.error();
    if (docs->size() > 1)
        return error_at(ErrorKind::invalid,
                        "several YAML documents in one file (\"---\"); this one holds " +
                            std::to_string(docs->size()),
                        (*docs)[1].position_of(""));
    return std::move(docs->front());
}

} // namespace perr

namespace perr {
namespace {

class JsonScanner {
  public:
    explicit JsonScanner(std::string_view text) : s_(text) {}

    std::optional<std::size_t> find(std::string_view pointer) {
        skip_space();
        std::size_t pos = 0;
        while (pos < pointer.size()) {
            std::size_t next = pointer.find('/', pos + 1);
            std::string token = unescape_token(pointer.substr(
                pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
            pos = next == std::string_view::npos ? pointer.size() : next;
            if (!enter(token)) return std::nullopt;
        }
        return i_;
    }

  private:
    static std::string unescape_token(std::string_view t) {
        std::string out;
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (t[k] == '~' && k + 1 < t.size()) {
                out += t[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                out += t[k];
            }
        }
        return out;
    }

    void skip_space() {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
            ++i_;
    }

    // Reads a string at i_ (escapes kept as written except \" and \\).
    std::string read_string() {
        std::string out;
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
                char e = s_[++i_];
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            } else {
                out += s_[i_];
            }
            ++i_;
        }
        ++i_;
        return out;
    }

    // From the opening quote at i_ to past the closing one, a memchr at a
    // time: a quote preceded by an odd run of backslashes is escaped.
    void skip_string() {
        for (++i_; i_ < s_.size();) {
            const void* q = std::memchr(s_.data() + i_, '"', s_.size() - i_);
            std::size_t quote =
                q ? static_cast<std::size_t>(static_cast<const char*>(q) - s_.data()) : s_.size();
            std::size_t run = quote;
            while (run > i_ && s_[run - 1] == '\\') --run;
            i_ = quote + 1;
            if ((quote - run) % 2 == 0) return;
        }
    }

    void skip_value() {
        skip_space();
        if (i_ >= s_.size()) return;
        if (s_[i_] == '"') {
            skip_string();
            return;
        }
        if (s_[i_] == '{' || s_[i_] == '[') {
            int depth = 0;
            for (; i_ < s_.size(); ++i_) {
                char c = s_[i_];
                if (c == '"') {
                    skip_string();
                    --i_; // the loop steps past the closing quote
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++i_;
                    return;
                }
            }
            return;
        }
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
               s_[i_] != '\n')
            ++i_;
    }

    bool enter(const std::string& token) {
        skip_space();
        if (i_ >= s_.size()) return false;
        if (s_[i_] == '{') {
            ++i_;
            for (;;) {
                skip_space();
                if (i_ >= s_.size() || s_[i_] != '"') return false;
                std::string key = read_string();
                skip_space();
                if (i_ >= s_.size() || s_[i_] != ':') return false;
                ++i_;
                skip_space();
                if (key == token) return true;
                skip_value();
                skip_space();
                if (i_ >= s_.size() || s_[i_] != ',') return false;
                ++i_;
            }
        }
        if (s_[i_] == '[') {
            if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos)
                return false;
            std::size_t want = 0;
            if (std::from_chars(token.data(), token.data() + token.size(), want).ec != std::errc())
                return false;
            ++i_;
            for (std::size_t k = 0;; ++k) {
                skip_space();
                if (k == want) return i_ < s_.size() && s_[i_] != ']';
                skip_value();
                skip_space();
                if (i_ >= s_.size() || s_[i_] != ',') return false;
                ++i_;
            }
        }
        return false;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

} // namespace

std::optional<std::size_t> locate_offset_in_json(std::string_view text, std::string_view pointer) {
    return JsonScanner(text).find(pointer);
}

std::optional<Position> locate_in_json(std::string_view text, std::string_view pointer) {
    auto offset = JsonScanner(text).find(pointer);
    if (!offset) return std::nullopt;
    return position_at(text, *offset);
}

} // namespace perr
