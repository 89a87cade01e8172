// Files perr cannot read yet but users will give it: PDF, Word and
// OpenDocument files, zip archives. Recognised by their first bytes, so the
// error says what the file is and how to convert it, instead of "binary
// file". (Direct readers are planned; until then, conversion.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perr {

// The refusal message for such a file, naming `path` in the suggested
// conversion command; nullopt for anything else.
std::optional<std::string> unreadable_container(std::string_view bytes, std::string_view path);

} // namespace perr
