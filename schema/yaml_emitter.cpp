// The YAML writer. Hand-written for speed (libyaml's emitter was measured at
// about a sixth of its throughput, see BENCHMARKS.md) and proved against
// PyYAML and yaml-cpp by round trips (tests/yaml_roundtrip_test.sh,
// tests/unit/emit_test.cpp). Two decisions per string: may it stay plain
// (plain_is_a_string), and if not, the double-quoted form with every
// character a YAML 1.1 or 1.2 reader would refuse or change escaped.
#include <array>
#include <ostream>
#include <vector>

#include "schema/emit.h"
#include "schema/emitter_output.h"

namespace perr {
namespace {

bool ascii_lower_equals(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

unsigned char byte_at(std::string_view s, std::size_t i) {
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// What a byte may start, so the scans skip ordinary bytes with one lookup.
enum ByteClass : unsigned char {
    kOrdinary = 0,
    kMaybeSpecial = 1, // C0 control, DEL, or the lead byte of one (0xC2, 0xE2, 0xEF)
    kQuoteEscape = 2,  // '"' and '\\' inside double quotes
    kPlainCheck = 4,   // ':' and '#', which end or comment a plain scalar
};

constexpr std::array<unsigned char, 256> byte_classes() {
    std::array<unsigned char, 256> t{};
    for (std::size_t b = 0; b < 0x20; ++b) t[b] = kMaybeSpecial;
    for (std::size_t b : {0x7Fu, 0xC2u, 0xE2u, 0xEFu}) t[b] = kMaybeSpecial;
    t['"'] = t['\\'] = kQuoteEscape;
    t[':'] = t['#'] = kPlainCheck;
    return t;
}
constexpr std::array<unsigned char, 256> kByteClass = byte_classes();

unsigned char byte_class(char c) {
    return kByteClass[static_cast<unsigned char>(c)];
}

// Length of the character at s[i] that must be escaped inside double
// quotes, or 0: C0 controls, DEL, C1 controls (NEL among them), U+2028 and
// U+2029 (line breaks to YAML 1.1), U+FEFF (a BOM), U+FFFE and U+FFFF.
std::size_t special_length(std::string_view s, std::size_t i) {
    unsigned char u = byte_at(s, i);
    if (u < 0x20 || u == 0x7f) return 1;
    if (u == 0xC2) return byte_at(s, i + 1) >= 0x80 && byte_at(s, i + 1) <= 0x9F ? 2 : 0;
    unsigned char b1 = byte_at(s, i + 1), b2 = byte_at(s, i + 2);
    if (u == 0xE2) return b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) ? 3 : 0;
    if (u == 0xEF) return (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && b2 >= 0xBE) ? 3 : 0;
    return 0;
}

// True when `s`, written plain, reads back as this very string under the
// YAML 1.1 (PyYAML) and 1.2 core resolvers: no bool, null, number, date,
// merge key "<<" or value key "=", no indicator, comment or special
// character. Conservative: a string it rejects is only quoted.
bool plain_is_a_string(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
    static constexpr std::string_view kBadFirst = "-?:,[]{}#&*!|>'\"%@`0123456789+.~=<";
    if (kBadFirst.find(s.front()) != std::string_view::npos) return false;
    for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "null", "y", "n"})
        if (ascii_lower_equals(s, word)) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = byte_class(s[i]);
        if (c == kOrdinary || c == kQuoteEscape) continue;
        if (c == kMaybeSpecial && special_length(s, i) > 0) return false;
        if (s[i] == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
        if (s[i] == '#' && i > 0 && s[i - 1] == ' ') return false;
    }
    return true;
}

// YAML's named escape for a special character (special_length > 0) at
// s[i], or "" when it is written as \xHH.
std::string_view named_escape(std::string_view s, std::size_t i, std::size_t len) {
    unsigned char u = byte_at(s, i);
    if (len == 1) return u == '\n' ? "\\n" : u == '\t' ? "\\t" : u == '\r' ? "\\r" : "";
    if (len == 2) return ""; // not "\\N" for NEL: yaml-cpp 0.7 reads that as a lone byte 0x85
    if (u == 0xE2) return byte_at(s, i + 2) == 0xA8 ? "\\L" : "\\P";
    if (byte_at(s, i + 1) == 0xBB) return "\\uFEFF";
    return byte_at(s, i + 2) == 0xBE ? "\\uFFFE" : "\\uFFFF";
}

void append_escape(std::string& out, std::string_view s, std::size_t i, std::size_t len) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    if (std::string_view named = named_escape(s, i, len); !named.empty()) {
        out += named;
        return;
    }
    // A C0 control or DEL is its byte; a C1 control (U+0080..U+009F) its second byte.
    unsigned char code = len == 1 ? byte_at(s, i) : byte_at(s, i + 1);
    out += "\\x";
    out += kHex[code >> 4];
    out += kHex[code & 15];
}

// Double-quoted: runs of ordinary bytes are copied whole.
void append_quoted(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = byte_class(s[i]);
        std::size_t len = c == kQuoteEscape ? 1 : c == kMaybeSpecial ? special_length(s, i) : 0;
        if (len == 0) {
            ++i;
            continue;
        }
        out.append(s.substr(run, i - run));
        if (s[i] == '"' || s[i] == '\\') {
            out += '\\';
            out += s[i];
        } else {
            append_escape(out, s, i, len);
        }
        i += len;
        run = i;
    }
    out.append(s.substr(run));
    out += '"';
}

// Block style: maps and sequences indented by two, a map inside a
// sequence starts on the dash line, empty collections written [] / {}.
// Writes into a string, or streams through EmitterOutput's buffer.
class YamlEmitter final : public Emitter {
  public:
    explicit YamlEmitter(std::string& out) : output_(out) {}
    explicit YamlEmitter(std::ostream& stream) : output_(stream) {}

    void begin_map() override { open(false); }
    void end_map() override { close("{}"); }
    void begin_seq() override { open(true); }
    void end_seq() override { close("[]"); }

    void key(std::string_view k) override {
        Frame& f = frames_.back();
        if (f.count++ > 0 || !f.first_inline) line_start(f.indent);
        out_ += k;
        out_ += ':';
        output_.flush_if_full();
    }
    void string(std::string_view s) override {
        scalar_prefix();
        if (plain_is_a_string(s))
            out_ += s;
        else
            append_quoted(out_, s);
    }
    void integer(long long v) override {
        scalar_prefix();
        out_ += std::to_string(v);
    }

  private:
    struct Frame {
        bool seq;
        int indent;
        int count = 0;
        bool first_inline = false; // first key goes after "- " or at column 0
    };

    void line_start(int indent) {
        if (!out_.empty() || wrote_) out_ += '\n';
        wrote_ = true;
        out_.append(static_cast<std::size_t>(indent), ' ');
    }
    void item_dash(Frame& seq) {
        ++seq.count;
        line_start(seq.indent);
        out_ += "- ";
    }
    void scalar_prefix() {
        if (!frames_.empty() && frames_.back().seq)
            item_dash(frames_.back());
        else
            out_ += ' ';
    }
    void open(bool seq) {
        if (frames_.empty()) {
            frames_.push_back({seq, 0, 0, true});
            return;
        }
        Frame& parent = frames_.back();
        if (parent.seq) {
            item_dash(parent);
            frames_.push_back({seq, parent.indent + 2, 0, !seq});
        } else {
            frames_.push_back({seq, parent.indent + 2, 0, false});
        }
    }
    void close(const char* empty_form) {
        Frame f = frames_.back();
        frames_.pop_back();
        if (f.count == 0) {
            out_ += ' ';
            out_ += empty_form;
        }
        if (frames_.empty()) output_.end_document();
    }

    EmitterOutput output_;
    std::string& out_ = output_.text();
    bool wrote_ = false; // a line was started (the buffer may have been flushed since)
    std::vector<Frame> frames_;
};

} // namespace

std::unique_ptr<Emitter> make_yaml_emitter(std::string& out) {
    return std::make_unique<YamlEmitter>(out);
}

std::unique_ptr<Emitter> make_yaml_emitter(std::ostream& out) {
    return std::make_unique<YamlEmitter>(out);
}

} // namespace perr
