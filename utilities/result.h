// The library's one error shape: a Result<T> holds a value or an Error
// (what went wrong, where). Expected failures travel as values; exceptions
// are left to the fatal (out of memory, a bug), caught once in main.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace perr {

enum class ErrorKind {
    io,           // missing, no permission, a directory or other non-regular file
    unwritable,   // an output could not be written
    too_large,    // over a size limit: refused
    empty,        // nothing but white space
    binary,       // NUL bytes or another binary format
    garbled,      // text in a broken font encoding
    too_deep,     // nesting past a guard
    no_structure, // no programme found
    unreadable,   // a PDF, Word or OpenDocument file that cannot be read
    syntax,       // not well-formed (YAML, JSON, XML)
    invalid,      // well-formed, but not what was asked for
};

struct Error {
    Error() = default;
    Error(ErrorKind k, std::string what, std::string in = {}, int at_line = 0, int at_column = 0)
        : kind(k), message(std::move(what)), file(std::move(in)), line(at_line), column(at_column) {
    }

    ErrorKind kind = ErrorKind::invalid;
    std::string message; // what, without the place: "unexpected end of input"
    std::string file;    // "" when the caller knows it
    int line = 0;        // 1-based; 0: the whole file
    int column = 0;      // 1-based, in code points; 0: the whole line
};

// "FILE:LINE:COL: error: MESSAGE", leaving out what is unknown: the one
// place messages are formatted.
std::string format_error(const Error& e, std::string_view severity = "error");

template <class T>
class [[nodiscard]] Result {
  public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<1>(state_); }
    Error& error() { return std::get<1>(state_); }

  private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}
    bool ok() const { return !error_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }
    Error& error() { return *error_; }

  private:
    std::optional<Error> error_;
};

} // namespace perr
