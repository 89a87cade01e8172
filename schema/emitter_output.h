// Where the YAML and JSON emitters write: the caller's string, or a stream
// through a 64 KB buffer, so that no whole-document string is built.
#pragma once

#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace perr {

class EmitterOutput {
  public:
    explicit EmitterOutput(std::string& out) : text_(&out) {}
    explicit EmitterOutput(std::ostream& stream) : text_(&buffer_), stream_(&stream) {}
    ~EmitterOutput() { flush(); }
    EmitterOutput(const EmitterOutput&) = delete;
    EmitterOutput& operator=(const EmitterOutput&) = delete;

    // What the emitter appends to.
    std::string& text() { return *text_; }

    void flush_if_full() {
        if (stream_ != nullptr && text_->size() >= kFlushBytes) flush();
    }
    // The document is complete: a streamed one ends with '\n' and goes out.
    void end_document() {
        if (stream_ == nullptr) return;
        *text_ += '\n';
        flush();
    }

  private:
    static constexpr std::size_t kFlushBytes = 1 << 16;

    void flush() {
        if (stream_ == nullptr || text_->empty()) return;
        stream_->write(text_->data(), static_cast<std::streamsize>(text_->size()));
        text_->clear();
    }

    std::string buffer_;
    std::string* text_;
    std::ostream* stream_ = nullptr;
};

// The same destinations for an emitter that writes bytes in place (JSON's):
// it asks for room, writes there and commits, so that a key or a short
// value costs one bounds check, not one per append. The bytes go out 64 KB
// at a time; to a string, they are all there once the document ends.
class RawOutput {
  public:
    explicit RawOutput(std::string& out) : string_(&out) {}
    explicit RawOutput(std::ostream& stream) : stream_(&stream) {}
    ~RawOutput() { flush(); }
    RawOutput(const RawOutput&) = delete;
    RawOutput& operator=(const RawOutput&) = delete;

    // At least `n` writable bytes; commit(end) then says where they stopped.
    char* room(std::size_t n) {
        if (n > buffer_.size() - used_) make_room(n);
        return buffer_.data() + used_;
    }
    void commit(const char* end) { used_ = static_cast<std::size_t>(end - buffer_.data()); }
    void append(std::string_view s) {
        if (s.size() >= kBytes) { // a long value goes out as it is, not through the buffer
            flush();
            write_out(s);
            return;
        }
        char* at = room(s.size());
        std::memcpy(at, s.data(), s.size());
        used_ += s.size();
    }
    void put(char c) {
        *room(1) = c;
        ++used_;
    }
    // The document is complete: a streamed one ends with '\n'; it all goes out.
    void end_document() {
        if (stream_ != nullptr) put('\n');
        flush();
    }

  private:
    static constexpr std::size_t kBytes = 1 << 16;

    void make_room(std::size_t n) {
        flush();
        if (n > buffer_.size()) buffer_.resize(n);
    }
    void flush() {
        if (used_ == 0) return;
        write_out(std::string_view(buffer_.data(), used_));
        used_ = 0;
    }
    void write_out(std::string_view s) {
        if (stream_ != nullptr)
            stream_->write(s.data(), static_cast<std::streamsize>(s.size()));
        else
            string_->append(s);
    }

    std::vector<char> buffer_ = std::vector<char>(kBytes);
    std::size_t used_ = 0;
    std::string* string_ = nullptr;
    std::ostream* stream_ = nullptr;
};

} // namespace perr
