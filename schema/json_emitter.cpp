#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
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

// A byte's escape into `p` (6 bytes at most): where it ends.
char* put_json_escape(char* p, unsigned char u) {
    static constexpr char kHex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (u) {
    case '"':
        *p++ = '"';
        break;
    case '\\':
        *p++ = '\\';
        break;
    case '\n':
        *p++ = 'n';
        break;
    case '\t':
        *p++ = 't';
        break;
    case '\r':
        *p++ = 'r';
        break;
    default:
        for (char c : {'u', '0', '0', kHex[u >> 4], kHex[u & 15]}) *p++ = c;
    }
    return p;
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

// Writes into a string, or streams, through RawOutput's buffer: each key
// and short value is written in place after one bounds check.
class JsonEmitter final : public Emitter {
  public:
    JsonEmitter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
    JsonEmitter(std::ostream& stream, bool pretty) : out_(stream), pretty_(pretty) {}

    void begin_map() override { open('{'); }
    void end_map() override { close('}'); }
    void begin_seq() override { open('['); }
    void end_seq() override { close(']'); }
    void key(std::string_view k) override {
        if (next_escape(k, 0) != k.size()) { // (perr's keys never need one)
            separate();
            write_string(k);
            out_.append(pretty_ ? ": " : ":");
        } else { // the separator, the quoted key and ": " in one place
            char* p = put_separator(out_.room(separator_room() + k.size() + 4));
            *p++ = '"';
            p += k.copy(p, k.size()); // (memcpy may not take an empty view's null)
            *p++ = '"';
            *p++ = ':';
            if (pretty_) *p++ = ' ';
            out_.commit(p);
        }
        after_key_ = true;
    }
    void string(std::string_view s) override {
        value_prefix();
        write_string(s);
    }
    void integer(long long v) override {
        value_prefix();
        constexpr std::size_t kDigits = 24; // any long long
        char* p = out_.room(kDigits);
        out_.commit(std::to_chars(p, p + kDigits, v).ptr);
    }

  private:
    // The most bytes a separator and new line take at the current depth.
    std::size_t separator_room() const { return 2 + 2 * counts_.size(); }
    // The new line and indent of the current depth, at `p`: where they end.
    char* put_newline(char* p) const {
        if (!pretty_) return p;
        *p++ = '\n';
        std::size_t indent = 2 * counts_.size();
        std::memset(p, ' ', indent);
        return p + indent;
    }
    // The comma and new line before an item, the same way.
    char* put_separator(char* p) {
        if (counts_.empty()) return p;
        if (counts_.back()++ > 0) *p++ = ',';
        return put_newline(p);
    }
    void separate() { out_.commit(put_separator(out_.room(separator_room()))); }
    void value_prefix() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        separate();
    }
    // A string without escapes (nearly all) in one place; else by runs of
    // plain bytes, each escape in place.
    void write_string(std::string_view s) {
        std::size_t i = next_escape(s, 0);
        if (i == s.size() && s.size() < kInPlace) {
            char* p = out_.room(s.size() + 2);
            *p++ = '"';
            p += s.copy(p, s.size());
            *p++ = '"';
            out_.commit(p);
            return;
        }
        out_.put('"');
        for (std::size_t run = 0;; i = next_escape(s, run)) {
            out_.append(s.substr(run, i - run));
            if (i == s.size()) break;
            out_.commit(put_json_escape(out_.room(6), static_cast<unsigned char>(s[i])));
            run = i + 1;
        }
        out_.put('"');
    }
    void open(char c) {
        value_prefix();
        out_.put(c);
        counts_.push_back(0);
    }
    void close(char c) {
        bool empty = counts_.back() == 0;
        counts_.pop_back();
        if (!empty) out_.commit(put_newline(out_.room(separator_room())));
        out_.put(c);
        if (counts_.empty()) out_.end_document();
    }

    static constexpr std::size_t kInPlace = 1 << 14; // longer strings by runs

    RawOutput out_;
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
