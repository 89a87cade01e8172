#include "schema/json_reader.h"

#include <iterator>

namespace perr {
namespace {

using json = nlohmann::json;

// A char iterator that records how far the parser has read, so that SAX
// events (which carry no position) can be placed.
class CountingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* p, const char** read_to) : p_(p), read_to_(read_to) {}
    reference operator*() const { return *p_; }
    CountingIterator& operator++() {
        *read_to_ = ++p_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& o) const { return p_ == o.p_; }
    bool operator!=(const CountingIterator& o) const { return p_ != o.p_; }

  private:
    const char* p_;
    const char** read_to_;
};

// Builds the value like nlohmann's own DOM parser, refusing what is too
// deep and keys given twice.
class CheckedBuilder : public nlohmann::json_sax<json> {
  public:
    // `text` is the whole file, the document starts at `doc_begin`; `read_to`
    // follows the parser.
    CheckedBuilder(int max_depth, const char* text, std::size_t doc_begin,
                   const char* const* read_to)
        : max_depth_(max_depth), text_(text), doc_begin_(doc_begin), read_to_(read_to) {}

    bool null() override { return add(nullptr); }
    bool boolean(bool v) override { return add(v); }
    bool number_integer(number_integer_t v) override { return add(v); }
    bool number_unsigned(number_unsigned_t v) override { return add(v); }
    bool number_float(number_float_t v, const string_t&) override { return add(v); }
    bool string(string_t& v) override { return add(std::move(v)); }
    bool binary(binary_t&) override { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        if (open_.back()->contains(k))
            return fail("duplicate key \"" + k.substr(0, 60) +
                        "\" (a key may appear once per object)");
        key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        std::size_t colon = what.find(": ", what.find("parse error"));
        error_message_ = colon == std::string::npos ? what : what.substr(colon + 2);
        error_offset_ = doc_begin_ + (position > 0 ? position - 1 : 0);
        return false;
    }

    json& value() { return root_; }
    const std::string& error_message() const { return error_message_; }
    std::size_t error_offset() const { return error_offset_; }

  private:
    bool add(json v) {
        place() = std::move(v);
        return true;
    }

    json& place() {
        if (open_.empty()) return root_;
        json& top = *open_.back();
        if (top.is_array()) return top.emplace_back();
        return top[key_];
    }

    bool open(json container) {
        if (static_cast<int>(open_.size()) >= max_depth_)
            return fail("nesting deeper than " + std::to_string(max_depth_) + " levels");
        json& slot = place();
        slot = std::move(container);
        open_.push_back(&slot);
        return true;
    }

    bool close() {
        open_.pop_back();
        return true;
    }

    bool fail(std::string message) {
        error_message_ = std::move(message);
        error_offset_ = static_cast<std::size_t>(*read_to_ - text_);
        return false;
    }

    int max_depth_;
    const char* text_;
    std::size_t doc_begin_;
    const char* const* read_to_;
    json root_;
    std::vector<json*> open_;
    std::string key_;
    std::string error_message_;
    std::size_t error_offset_ = 0;
};

std::size_t skip_space(std::string_view text, std::size_t i) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

// One document starting at `begin`; sets `end` to where it stops.
Result<json> read_one(std::string_view text, std::size_t begin, std::size_t& end, int max_depth) {
    const char* read_to = text.data() + begin;
    CheckedBuilder builder(max_depth, text.data(), begin, &read_to);
    CountingIterator first(text.data() + begin, &read_to);
    CountingIterator last(text.data() + text.size(), &read_to);
    // Not strict: the parse stops after one value, the next document follows.
    if (!json::sax_parse(first, last, &builder, json::input_format_t::json, false)) {
        return error_at(ErrorKind::syntax, builder.error_message(),
                        position_at(text, builder.error_offset()));
    }
    end = static_cast<std::size_t>(read_to - text.data());
    return std::move(builder.value());
}

} // namespace

Result<void> check_no_nul(std::string_view text) {
    std::size_t nul = text.find('\0');
    if (nul == std::string_view::npos) return {};
    return error_at(ErrorKind::binary, "binary file (NUL byte)", position_at(text, nul));
}

Result<std::vector<JsonDocument>> read_json_documents(std::string_view text, int max_depth) {
    if (auto clean = check_no_nul(text); !clean) return clean.error();
    std::vector<JsonDocument> docs;
    std::size_t i = skip_space(text, 0);
    while (i < text.size()) {
        if (!docs.empty() && text.substr(docs.back().end, i - docs.back().end).find('\n') ==
                                 std::string_view::npos) {
            return error_at(ErrorKind::syntax,
                            "unexpected text after the JSON document (JSON Lines need one "
                            "document per line)",
                            position_at(text, i));
        }
        std::size_t end = i;
        auto value = read_one(text, i, end, max_depth);
        if (!value) return value.error();
        docs.push_back({std::move(*value), i, end});
        i = skip_space(text, end);
    }
    if (docs.empty()) {
        return error_at(ErrorKind::empty, "no JSON document (the file holds only white space)",
                        position_at(text, i));
    }
    return docs;
}

Result<nlohmann::json> read_json(std::string_view text, int max_depth) {
    auto docs = read_json_documents(text, max_depth);
    if (!docs) return docs.error();
    if (docs->size() > 1)
        return error_at(ErrorKind::invalid, "several JSON documents where one is expected",
                        position_at(text, (*docs)[1].begin));
    return std::move(docs->front().value);
}

} // namespace perr
