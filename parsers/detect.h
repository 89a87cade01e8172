// Stage 2: which layout a decoded text is in (STRUCTURE.md, "The documents").
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace perr {

// The last three are read from the file's bytes, never decoded as text.
enum class Layout { text, web, markdown, html_table, html, pdf, docx, odt };

// Every layout's name, in the order of the enum: the one list that the
// command line, the help and the JSON Schema's enum (checked by a test) use.
std::vector<std::string_view> layout_names();

// A layout read from bytes (PDF, Word, OpenDocument) rather than text.
constexpr bool is_binary_layout(Layout l) {
    return l == Layout::pdf || l == Layout::docx || l == Layout::odt;
}

std::string_view layout_name(Layout l);
std::optional<Layout> layout_from_name(std::string_view name);

// Looks at the whole text once; cheap counters, no regex.
Layout detect_layout(std::string_view text);

} // namespace perr
