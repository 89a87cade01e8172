// Stage 2: which layout a decoded text is in (STRUCTURE.md, "The documents").
#pragma once

#include <optional>
#include <string_view>

namespace perr {

enum class Layout { text, web, markdown, html_table, html };

std::string_view layout_name(Layout l);
std::optional<Layout> layout_from_name(std::string_view name);

// Looks at the whole text once; cheap counters, no regex.
Layout detect_layout(std::string_view text);

} // namespace perr
