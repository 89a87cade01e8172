// Changes to a protocol's metadata: title, territory, period, dates,
// signatories.
#pragma once

#include <vector>

#include "diff/tree_diff.h"

namespace perr {

void report_metadata(const Document& a, const Document& b, std::vector<Change>& out);

} // namespace perr
