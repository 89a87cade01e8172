// Legacy and wide charsets through ICU: conversion to UTF-8, the charset
// an HTML page declares, and a guess for undeclared single-byte text.
#pragma once

#include <string>
#include <string_view>

namespace perr {

// Converts with ICU; invalid input becomes U+FFFD and is counted. An
// unknown charset name is read as windows-1252.
std::string charset_to_utf8(std::string_view bytes, const char* charset, std::size_t& replaced);

// The charset a page declares ("<meta charset=…>" in the first 4 KB), if
// ICU knows it and it reads ASCII as ASCII; empty otherwise (UTF-8, UTF-7,
// UTF-16 or EBCDIC declared in an 8-bit file are not believed).
std::string declared_legacy_charset(std::string_view bytes);

// ICU's guess for text that is not UTF-8; anything but a single-byte
// Western or Central European charset is read as windows-1252, the usual
// Word export.
std::string guess_legacy_charset(std::string_view bytes);

} // namespace perr
