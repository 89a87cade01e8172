// Stage 6: document metadata -- title, territory, dates with roles,
// period, signatories, claims -- read from the classified lines.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "parsers/classify.h"
#include "parsers/french.h"
#include "schema/model.h"

namespace perr {

// The cheap tests made before the patterns, on every line (exposed for
// their tests). Whether `s` holds "axes", "objectifs", "orientations" or
// "enjeux" (all lower case or all upper case, the stems "xes",
// "bjectifs", "rientations", "njeux"): the claim patterns need one.
bool names_a_kind(std::string_view s);
// Whether `s` holds "20" and two digits (a year of the 2000s), and, when
// it does not, whether it holds "19" and two: the year patterns need one.
// (`nineteen` is set too when `twenties` is: it is then not looked for.)
struct YearCenturies {
    bool twenties = false, nineteen = false;
};
YearCenturies year_centuries(std::string_view s);

class MetadataReader {
  public:
    explicit MetadataReader(const Vocabulary& vocab);

    // Counts announced in the text, by kind name; the first claim of a kind
    // wins. `lines`, when given, receives the line of each claim.
    std::map<std::string, int> claims(const std::vector<Block>& blocks,
                                      std::map<std::string, int>* lines = nullptr) const;

    // Fills claims (their lines into `claim_lines`, when given), title,
    // territory, dates, period, signatories and source.url.
    void read(const std::vector<Block>& blocks, Document& doc,
              std::map<std::string, int>* claim_lines = nullptr) const;

  private:
    // What each line offers the passes that read every line (claims, dates,
    // period, signatories), by block: their cheap tests made in one walk
    // over the lines, so that each pass reads only the lines it can use (a
    // walk over every line and its text costs more in memory than in
    // instructions, for a file of a million lines). The territory's pass,
    // which most documents end early, makes its own tests.
    using Cues = std::vector<std::uint16_t>;
    Cues cues(const std::vector<Block>& blocks) const;

    std::map<std::string, int> claims(const std::vector<Block>& blocks, const Cues& cues,
                                      std::map<std::string, int>* lines) const;
    std::string title(const std::vector<Block>& blocks) const;
    std::string territory(const std::vector<Block>& blocks) const;
    std::vector<DateEntry> dates(const std::vector<Block>& blocks, const Cues& cues) const;
    std::optional<Period> period(const std::vector<Block>& blocks, const Cues& cues,
                                 const std::vector<DateEntry>& dates) const;
    std::vector<Signatory> signatories(const std::vector<Block>& blocks, const Cues& cues) const;
    std::optional<std::string> titled_territory(const std::vector<Block>& blocks) const;
    // "Communauté d'agglomération du Grand Angoulême" -> "Grand Angoulême".
    std::string legal_form_removed(std::string_view name) const;

    const Vocabulary& vocab_;
    DateFinder date_finder_;
    Regex territory_institution_;
    Regex territory_contract_;
    Regex territory_signed_;
    Regex territory_headline_;
    Regex year_range_;
    Regex end_year_;
    Regex next_years_;
    Regex legal_form_;
    Regex signed_at_;
};

} // namespace perr
