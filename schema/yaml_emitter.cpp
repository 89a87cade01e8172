#include <vector>

#include "schema/emit.h"

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

// A plain scalar only where no YAML 1.1 or 1.2 reader could take it for
// anything but this exact string; everything else is double-quoted.
bool can_be_plain(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
    static constexpr std::string_view kBadFirst = "-?:,[]{}#&*!|>'\"%@`0123456789+.~";
    if (kBadFirst.find(s.front()) != std::string_view::npos) return false;
    for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "null", "y", "n"})
        if (ascii_lower_equals(s, word)) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto u = static_cast<unsigned char>(s[i]);
        if (u < 0x20 || u == 0x7f) return false;
        if (s[i] == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
        if (s[i] == '#' && i > 0 && s[i - 1] == ' ') return false;
        // U+2028/2029 are line breaks and U+FEFF a BOM to some readers.
        if ((u == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
             (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) ||
            (u == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBB' && s[i + 2] == '\xBF'))
            return false;
    }
    return true;
}

void append_quoted(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else if (u == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
                   (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            out += s[i + 2] == '\xA8' ? "\\L" : "\\P";
            i += 2;
        } else {
            out += c;
        }
    }
    out += '"';
}

// Block style: maps and sequences indented by two, a map inside a
// sequence starts on the dash line, empty collections written [] / {}.
class YamlEmitter final : public Emitter {
  public:
    explicit YamlEmitter(std::string& out) : out_(out) {}

    void begin_map() override { open(false); }
    void end_map() override { close("{}"); }
    void begin_seq() override { open(true); }
    void end_seq() override { close("[]"); }

    void key(std::string_view k) override {
        Frame& f = frames_.back();
        if (f.count++ > 0 || !f.first_inline) line_start(f.indent);
        out_ += k;
        out_ += ':';
    }
    void string(std::string_view s) override {
        scalar_prefix();
        if (can_be_plain(s))
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
        if (!out_.empty()) out_ += '\n';
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
    }

    std::string& out_;
    std::vector<Frame> frames_;
};

} // namespace

std::unique_ptr<Emitter> make_yaml_emitter(std::string& out) {
    return std::make_unique<YamlEmitter>(out);
}

} // namespace perr
