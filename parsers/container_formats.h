// Files perr recognises but does not read: Word 97-2003 (.doc) files, zip
// archives that are not a .docx or .odt, and a PDF, Word or OpenDocument
// file forced into a text layout. Recognised by their first bytes, so the
// error says what the file is and how to convert it, instead of "binary
// file". (PDF, .docx and .odt are read by parsers/office_reader.h.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

// The refusal message for such a file, naming `path` in the suggested
// conversion command; nullopt for anything else.
Result<void> check_not_container(std::string_view bytes, std::string_view path);

} // namespace perr
