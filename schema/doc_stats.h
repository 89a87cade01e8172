// What `perr stats` reports of one document: counts per kind and depth,
// for the whole file and for each of its disjoint parts (one per
// territoire of a multi-territory file), and the announced counts checked
// against the whole tree. No I/O.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "schema/model.h"

namespace perr {

struct PartStats {
    std::string territory;
    std::array<int, kKindCount> counts{}; // texte not counted
    std::size_t depth = 0;                // levels below the part (territoire not counted)
};

struct DocumentStats {
    PartStats whole;
    // Disjoint: their counts add up to the whole's. One per territoire node
    // at the top; the nodes outside any, if some, in one more part
    // ("(outside territories)"); a single-territory file has one part.
    std::vector<PartStats> parts;
    std::vector<ClaimCheck> claims;
};

DocumentStats document_stats(const Document& doc);

} // namespace perr
