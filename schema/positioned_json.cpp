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
#include <tuple>
#include <unordered_map>

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

// YAML 1.2 core schema for plain scalars; anything quoted or tagged is a
// string ("?" is yaml-cpp's tag of a plain scalar).
nlohmann::json resolve_scalar(const std::string& tag, const std::string& s) {
    if (tag != "?") return s;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    if (is_int(s)) return integer_value(s);
    if (is_float(s)) return std::strtod(s.c_str(), nullptr);
    return s;
}

Position position_of(const YAML::Mark& mark) {
    return {mark.line + 1, mark.column + 1};
}

// One value of an anchored subtree, in document order, so that an alias
// can be expanded with its positions and counted like the original.
struct LoggedValue {
    std::string pointer; // relative to the anchored node
    Position at;
    std::size_t scalar_bytes;
    int depth; // relative to the anchored node
};

struct Anchored {
    nlohmann::json value;
    std::optional<std::string> scalar; // as written, for an alias used as a key
    std::vector<LoggedValue> values;
};

// Builds each document's values and positions from yaml-cpp's parse events:
// one parse, no YAML::Node tree to walk. Aliases are expanded against a
// budget proportional to the text: written out, a document can hold no
// more values than bytes. The first refusal is kept and the rest of the
// stream is still parsed (its syntax errors come first, as a parser's do).
class PositionedBuilder final : public YAML::EventHandler {
  public:
    PositionedBuilder(std::vector<PositionedJson>& out, std::size_t text_size)
        : out_(out), max_values_(text_size + 1000), max_bytes_(16 * text_size + (1u << 20)) {}

    const std::optional<Error>& error() const { return error_; }
    const YAML::Mark& last_start() const { return last_start_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        last_start_ = mark;
        out_.emplace_back();
        stack_.clear();
        anchors_.clear();
        log_.clear();
        recording_ = 0;
        values_ = bytes_ = 0;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (error_) return;
        if (at_key()) return fail("a mapping key must be a plain value", mark);
        if (nlohmann::json* slot = begin_value(mark, 0)) {
            *slot = nullptr;
            remember_leaf(anchor, mark, *slot, std::nullopt);
        }
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        if (error_) return;
        if (at_key()) return take_key(value, position_of(mark), anchor, tag);
        if (nlohmann::json* slot = begin_value(mark, value.size())) {
            *slot = resolve_scalar(tag, value);
            remember_leaf(anchor, mark, *slot, value);
        }
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (error_) return;
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) // an alias inside its own anchor: endless
            return fail("nesting deeper than " + std::to_string(kMaxNesting) + " levels", mark);
        const Anchored& a = it->second;
        if (at_key()) {
            if (!a.scalar) return fail("a mapping key must be a plain value", a.values.front().at);
            return take_key(*a.scalar, a.values.front().at, YAML::NullAnchor, "?");
        }
        expand(a);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

  private:
    struct Frame {
        nlohmann::json* value; // stays valid: a container grows only between its children
        std::string pointer;
        int depth;
        bool map;
        std::size_t next_index = 0;
        std::optional<std::string> key; // a map's key waiting for its value
        YAML::anchor_t anchor = YAML::NullAnchor;
        std::size_t log_start = 0;
    };

    void fail(std::string message, const YAML::Mark& mark) {
        fail(std::move(message), position_of(mark));
    }
    void fail(std::string message, Position at) {
        if (!error_) error_ = error_at(ErrorKind::invalid, std::move(message), at);
    }

    bool at_key() const { return !stack_.empty() && stack_.back().map && !stack_.back().key; }

    void take_key(const std::string& key, Position at, YAML::anchor_t anchor,
                  const std::string& tag) {
        Frame& f = stack_.back();
        if (f.value->contains(key))
            return fail("duplicate key \"" + key.substr(0, 60) +
                            "\" (a key may appear once per mapping)",
                        at);
        f.key = key;
        if (anchor != YAML::NullAnchor) // a key's anchor names its scalar
            anchors_[anchor] = Anchored{resolve_scalar(tag, key), key, {{"", at, key.size(), 0}}};
    }

    // Where the next value goes: its pointer and depth, counted against the
    // budget and recorded; nullptr once refused.
    nlohmann::json* begin_value(const YAML::Mark& mark, std::size_t scalar_bytes) {
        auto [slot, pointer, depth] = next_slot();
        if (!count(pointer, position_of(mark), scalar_bytes, depth)) return nullptr;
        pointer_ = std::move(pointer);
        depth_ = depth;
        return slot;
    }

    std::tuple<nlohmann::json*, std::string, int> next_slot() {
        if (stack_.empty()) return {&out_.back().value, std::string(), 0};
        Frame& f = stack_.back();
        if (!f.map) {
            f.value->push_back(nullptr);
            return {&f.value->back(), f.pointer + "/" + std::to_string(f.next_index++),
                    f.depth + 1};
        }
        std::string key = std::move(*f.key);
        f.key.reset();
        nlohmann::json* slot = &(*f.value)[key];
        return {slot, f.pointer + "/" + pointer_token(key), f.depth + 1};
    }

    bool count(const std::string& pointer, Position at, std::size_t scalar_bytes, int depth) {
        if (depth > kMaxNesting) {
            fail("nesting deeper than " + std::to_string(kMaxNesting) + " levels", at);
            return false;
        }
        bytes_ += pointer.size() + scalar_bytes;
        if (++values_ > max_values_ || bytes_ > max_bytes_) {
            fail("aliases expand to more values than the file holds (more than " +
                     std::to_string(max_values_) + " values or " + std::to_string(max_bytes_) +
                     " bytes): refused",
                 at);
            return false;
        }
        out_.back().positions.emplace(pointer, at);
        if (recording_ > 0) log_.push_back({pointer, at, scalar_bytes, depth});
        return true;
    }

    void remember_leaf(YAML::anchor_t anchor, const YAML::Mark& mark, const nlohmann::json& value,
                       const std::optional<std::string>& scalar) {
        if (anchor == YAML::NullAnchor) return;
        anchors_[anchor] =
            Anchored{value, scalar, {{"", position_of(mark), scalar ? scalar->size() : 0, 0}}};
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool map) {
        if (error_) return;
        if (at_key()) return fail("a mapping key must be a plain value", mark);
        nlohmann::json* slot = begin_value(mark, 0);
        if (slot == nullptr) return;
        *slot = map ? nlohmann::json::object() : nlohmann::json::array();
        std::size_t log_start = 0;
        if (anchor != YAML::NullAnchor) { // its values are logged until it closes
            if (recording_++ == 0) {
                log_.clear();
                log_.push_back({pointer_, position_of(mark), 0, depth_});
            }
            log_start = log_.size() - 1; // count() logged it when another was open
        }
        stack_.push_back({slot, pointer_, depth_, map, 0, std::nullopt, anchor, log_start});
    }

    void close() {
        if (error_ || stack_.empty()) return;
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        if (f.anchor == YAML::NullAnchor) return;
        Anchored a{*f.value, std::nullopt, {}};
        for (std::size_t i = f.log_start; i < log_.size(); ++i)
            a.values.push_back({log_[i].pointer.substr(f.pointer.size()), log_[i].at,
                                log_[i].scalar_bytes, log_[i].depth - f.depth});
        anchors_[f.anchor] = std::move(a);
        if (--recording_ == 0) log_.clear();
    }

    // An alias: the anchored value again, each of its values counted and
    // placed as if written out here.
    void expand(const Anchored& a) {
        auto [slot, pointer, depth] = next_slot();
        for (const LoggedValue& v : a.values)
            if (!count(pointer + v.pointer, v.at, v.scalar_bytes, depth + v.depth)) return;
        *slot = a.value;
    }

    std::vector<PositionedJson>& out_;
    std::size_t max_values_, max_bytes_;
    std::size_t values_ = 0, bytes_ = 0;
    std::vector<Frame> stack_;
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    std::vector<LoggedValue> log_; // values of the open anchored containers
    int recording_ = 0;
    std::string pointer_; // of the value begin_value placed last
    int depth_ = 0;
    std::optional<Error> error_;
    YAML::Mark last_start_;
};

std::string hex_byte(char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    auto u = static_cast<unsigned char>(c);
    return {kHex[u >> 4], kHex[u & 15]};
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

// yaml-cpp 0.7 never consumes a ',' met outside a flow collection at a
// document's top level ("," or "\"a\", b"): its parser then makes empty
// documents without end (found by fuzz_validate). A stream has at most one
// document per "---" or "..." line, plus one; a parser that reports more
// is stuck, and the text is refused.
std::size_t document_markers(std::string_view text) {
    std::size_t markers = 0;
    for (std::size_t i = 0; i < text.size(); i = text.find('\n', i) + 1) {
        std::string_view line = text.substr(i, 3);
        if (line == "---" || line == "...") ++markers;
        if (text.find('\n', i) == std::string_view::npos) break;
    }
    return markers;
}

Result<std::vector<PositionedJson>> load_positioned_all(std::string_view text) {
    if (auto readable = check_readable_bytes(text); !readable) return readable.error();
    std::vector<PositionedJson> out;
    std::size_t markers = document_markers(text);
    // yaml-cpp reports by exceptions: they stop here, as errors with a place.
    try {
        std::istringstream in{std::string(text)};
        YAML::Parser parser(in);
        PositionedBuilder builder(out, text.size());
        while (parser.HandleNextDocument(builder))
            if (out.size() > markers + 1)
                return error_at(ErrorKind::syntax,
                                "',' outside a flow collection ([...] or {...}): not YAML",
                                position_of(builder.last_start()));
        if (builder.error()) return *builder.error();
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
