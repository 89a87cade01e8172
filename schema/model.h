// The normalized protocol tree. Plain data, no I/O: readers build it,
// emitters and validators read it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perr {

inline constexpr int kFormatVersion = 1;

// Broad to narrow, as in STRUCTURE.md. The order is the nesting order of
// the programme kinds (territoire .. action); the last three stand apart.
enum class Kind : std::uint8_t {
    territoire,
    axe,
    objectif_strategique,
    orientation,
    objectif_operationnel,
    action,
    enjeu,
    priorite,
    section,
    texte,
};
inline constexpr std::size_t kKindCount = 10;

std::string_view kind_name(Kind k);
std::string_view kind_abbrev(Kind k); // used in ids: "a", "os", "oo" ...
std::optional<Kind> kind_from_name(std::string_view name);
// How deep a programme kind sits: axe 1, objectif stratégique 2,
// orientation 3, objectif opérationnel / enjeu / priorité 4, action 5;
// 0 for territoire, section and texte.
int kind_depth(Kind k);
// True for the kinds that make up the programme (not section or texte).
bool is_programme_kind(Kind k);

struct Node {
    std::string id;
    Kind kind = Kind::texte;
    std::string number; // as written ("1", "A", "2.3"); empty when none
    std::string title;  // empty for texte
    std::string text;   // prose attached to the node (texte: the paragraph)
    int line = 0;       // 1-based line where the node starts in the source
    std::vector<Node> children;
};

struct DateEntry {
    std::string date; // ISO 8601, YYYY-MM-DD
    std::string role; // document | signature | deliberation
    int line = 0;
};

struct Period {
    int start = 0;
    int end = 0;
};

struct Signatory {
    std::string role;
    std::string name;
    int line = 0;
};

struct Source {
    std::string path;
    std::string sha256;
    std::string layout;
    std::string encoding;
    std::size_t bytes = 0;
    std::string url; // "(Source : URL)" of scraped pages
};

struct Document {
    Source source;
    std::string title;
    std::string territory;
    std::vector<DateEntry> dates;
    std::optional<Period> period;
    std::vector<Signatory> signatories;
    std::map<std::string, int> claims; // kind name -> announced count
    std::vector<Node> children;
};

// Gives every node a path-like id (t1.a2.os1.oo3) unique in the document
// and stable for the same input: parent id + kind abbreviation + the
// node's rank among its siblings of the same kind.
void assign_ids(Document& doc);

// Number of nodes of each kind in the whole tree.
std::array<int, kKindCount> count_kinds(const Document& doc);

// One announced count (`claims`) against the tree's count of its kind. The
// one definition of "a claim holds" for ingest's warnings, `perr stats` and
// validate's PERR107.
struct ClaimCheck {
    std::string kind; // kind name, as in `claims`
    long long announced = 0;
    int counted = 0;    // 0 when `kind` names no kind
    bool known = false; // `kind` names a kind
    bool holds() const { return known && announced == counted; }
};

// Every claim, in the claims' order, against `counts` (count_kinds or a part's).
std::vector<ClaimCheck> check_claims(const std::vector<std::pair<std::string, long long>>& claims,
                                     const std::array<int, kKindCount>& counts);
std::vector<ClaimCheck> check_claims(const std::map<std::string, int>& claims,
                                     const std::array<int, kKindCount>& counts);

} // namespace perr
