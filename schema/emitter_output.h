// Where the YAML and JSON emitters write: the caller's string, or a stream
// through a 64 KB buffer, so that no whole-document string is built.
#pragma once

#include <ostream>
#include <string>

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

} // namespace perr
