#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <ostream>
#include <vector>

#include "schema/emit.h"
#include "schema/emitter_output.h"
#include "utilities/word_scan.h"

namespace perr {
namespace {

// Bytes that stand for themselves inside a JSON string: all but '"', '\\'
// and the C0 controls. Safe runs are appended whole, not byte by byte.
constexpr std::array<bool, 256> kJsonPlain = [] {
    std::array<bool, 256> t{};
    for (std::size_t b = 0x20; b < 256; ++b) t[b] = true;
    t['"'] = t['\\'] = false;
    return t;
}();

void append_json_escape(std::string& out, unsigned char u) {
    static constexpr char kHex[] = "0123456789abcdef";
    switch (u) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\r':
        out += "\\r";
        break;
    default:
        out += "\\u00";
        out += kHex[u >> 4];
        out += kHex[u & 15];
    }
}

// The first byte from i that is not plain, or s.size(). Sixteen bytes at a
// time first, up to a block holding a byte below 0x20, '"' or '\\'; the
// bytes are then read one by one from there.
std::size_t next_escape(std::string_view s, std::size_t i) {
    using word_scan::below, word_scan::equal;
    for (; i + 16 <= s.size(); i += 16) {
        word_scan::Block b = word_scan::load_block(s, i);
        if (word_scan::any(below(b, 0x20) | equal(b, '"') | equal(b, '\\'))) break;
    }
    while (i < s.size() && kJsonPlain[static_cast<unsigned char>(s[i])]) ++i;
    return i;
}

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t run = 0;;) {
        std::size_t i = next_escape(s, run);
        out.append(s.data() + run, i - run);
        if (i == s.size()) break;
        append_json_escape(out, static_cast<unsigned char>(s[i]));
        run = i + 1;
    }
    out += '"';
}

// Writes into a string, or streams through EmitterOutput's buffer.
class JsonEmitter final : public Emitter {
  public:
    JsonEmitter(std::string& out, bool pretty) : output_(out), pretty_(pretty) {}
    JsonEmitter(std::ostream& stream, bool pretty) : output_(stream), pretty_(pretty) {}

    void begin_map() override { open('{'); }
    void end_map() override { close('}'); }
    void begin_seq() override { open('['); }
    void end_seq() override { close(']'); }
    void key(std::string_view k) override {
        // The separator, the quoted key and ": " in one append where they
        // fit a small buffer and the key needs no escape (perr's never do).
        std::array<char, kRoom> buf;
        std::size_t n = put_separator(buf);
        if (n + k.size() + 4 <= buf.size() && next_escape(k, 0) == k.size()) {
            buf[n++] = '"';
            k.copy(buf.data() + n, k.size()); // (memcpy may not take an empty view's null)
            n += k.size();
            for (char c : std::string_view(pretty_ ? "\": " : "\":")) buf[n++] = c;
            out_.append(buf.data(), n);
        } else {
            out_.append(buf.data(), n);
            append_json_string(out_, k);
            out_ += pretty_ ? ": " : ":";
        }
        after_key_ = true;
        output_.flush_if_full();
    }
    void string(std::string_view s) override {
        value_prefix();
        append_json_string(out_, s);
    }
    void integer(long long v) override {
        value_prefix();
        char digits[24];
        auto [end, ec] = std::to_chars(std::begin(digits), std::end(digits), v);
        (void)ec; // 24 characters hold any long long
        out_.append(digits, end);
    }

  private:
    static constexpr std::size_t kRoom = 256;

    // The new line and indent of the current depth, written into `buf` at
    // `at`: where they end. Deeper than half the buffer (never in perr's
    // documents), `buf`'s bytes and the indent are appended, and 0 returned.
    std::size_t put_newline(std::array<char, kRoom>& buf, std::size_t at) {
        if (!pretty_) return at;
        std::size_t indent = 2 * counts_.size();
        if (at + 1 + indent > kRoom / 2) {
            out_.append(buf.data(), at);
            out_ += '\n';
            out_.append(indent, ' ');
            return 0;
        }
        buf[at] = '\n';
        std::memset(buf.data() + at + 1, ' ', indent);
        return at + 1 + indent;
    }
    // The comma and new line before an item, the same way.
    std::size_t put_separator(std::array<char, kRoom>& buf) {
        if (counts_.empty()) return 0;
        std::size_t n = 0;
        if (counts_.back()++ > 0) buf[n++] = ',';
        return put_newline(buf, n);
    }
    void newline() {
        std::array<char, kRoom> buf;
        out_.append(buf.data(), put_newline(buf, 0));
    }
    void separate() {
        std::array<char, kRoom> buf;
        out_.append(buf.data(), put_separator(buf));
    }
    void value_prefix() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        separate();
    }
    void open(char c) {
        value_prefix();
        out_ += c;
        counts_.push_back(0);
    }
    void close(char c) {
        bool empty = counts_.back() == 0;
        counts_.pop_back();
        if (!empty) newline();
        out_ += c;
        if (counts_.empty()) output_.end_document();
    }

    EmitterOutput output_;
    std::string& out_ = output_.text();
    bool pretty_;
    bool after_key_ = false;
    std::vector<int> counts_;
};

} // namespace

std::unique_ptr<Emitter> make_json_emitter(std::string& out, bool pretty) {
    return std::make_unique<JsonEmitter>(out, pretty);
}

std::unique_ptr<Emitter> make_json_emitter(std::ostream& out, bool pretty) {
    return std::make_unique<JsonEmitter>(out, pretty);
}

} // namespace perr
