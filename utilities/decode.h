// Stage 1: bytes -> normalized UTF-8 text. Detects BOMs, UTF-16 and legacy
// single-byte encodings, normalizes line ends and Unicode spaces, so that
// every later stage sees one '\n'-separated UTF-8 string.
#pragma once

#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

struct DecodedText {
    std::string text;         // valid UTF-8, '\n' line ends
    std::string encoding;     // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1252" ...
    std::size_t replaced = 0; // invalid sequences replaced by U+FFFD
    // Lines of a UTF-8 file read in a legacy charset (a pasted paragraph)
    std::size_t legacy_lines = 0;
    int first_legacy_line = 0; // 1-based; 0: none
    std::string legacy_charset;
};

// Errors: ErrorKind::empty (no bytes, or only white space), binary (NUL bytes).
Result<DecodedText> decode(std::string_view bytes);
// The same; UTF-8 bytes (the common case) become the text in their own
// buffer, so that a 50 MB file is not held twice.
Result<DecodedText> decode_owned(std::string bytes);

// True when `bytes` is entirely well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

// CRLF and CR -> LF; NBSP and the other Unicode spaces -> ' '; zero-width
// spaces and stray BOMs removed. One pass over the text.
std::string normalize_text(std::string_view utf8);
// The same on `utf8` itself: written over its own bytes, which it never
// outgrows but for C1 controls that mean 3-byte characters (then the rest
// is copied).
void normalize_text_in_place(std::string& utf8);

} // namespace perr
