#include <vector>

#include "schema/emit.h"

namespace perr {
namespace {

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
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
            if (u < 0x20) {
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

class JsonEmitter final : public Emitter {
  public:
    JsonEmitter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

    void begin_map() override { open('{'); }
    void end_map() override { close('}'); }
    void begin_seq() override { open('['); }
    void end_seq() override { close(']'); }
    void key(std::string_view k) override {
        separate();
        append_json_string(out_, k);
        out_ += pretty_ ? ": " : ":";
        after_key_ = true;
    }
    void string(std::string_view s) override {
        value_prefix();
        append_json_string(out_, s);
    }
    void integer(long long v) override {
        value_prefix();
        out_ += std::to_string(v);
    }

  private:
    void newline() {
        if (!pretty_) return;
        out_ += '\n';
        out_.append(2 * counts_.size(), ' ');
    }
    void separate() {
        if (counts_.empty()) return;
        if (counts_.back()++ > 0) out_ += ',';
        newline();
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
    }

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    std::vector<int> counts_;
};

} // namespace

std::unique_ptr<Emitter> make_json_emitter(std::string& out, bool pretty) {
    return std::make_unique<JsonEmitter>(out, pretty);
}

} // namespace perr
