// Writers. The model is walked once (write_document) into a small event
// interface; YAML and JSON are two implementations of it, so both formats
// always carry the same fields in the same order.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "schema/model.h"

namespace perr {

class Emitter {
  public:
    virtual ~Emitter() = default;
    virtual void begin_map() = 0;
    virtual void end_map() = 0;
    virtual void begin_seq() = 0;
    virtual void end_seq() = 0;
    virtual void key(std::string_view k) = 0;
    virtual void string(std::string_view s) = 0;
    virtual void integer(long long v) = 0;
};

enum class OutputFormat { yaml, json };

// YAML (libyaml) into a string, or streamed to `out` as it is written.
std::unique_ptr<Emitter> make_yaml_emitter(std::string& out);
std::unique_ptr<Emitter> make_yaml_emitter(std::ostream& out);
std::unique_ptr<Emitter> make_json_emitter(std::string& out, bool pretty);
std::unique_ptr<Emitter> make_json_emitter(std::ostream& out, bool pretty);

void write_document(const Document& doc, Emitter& e);

// The whole document in one format, ending with a newline.
std::string render_document(const Document& doc, OutputFormat format);
// The same bytes, streamed to `out` 64 KB at a time: no whole-document string.
void render_document(const Document& doc, OutputFormat format, std::ostream& out);

} // namespace perr
