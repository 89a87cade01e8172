// The words of the domain: kind labels, section names, page furniture,
// claims. Compiled once (PCRE2) and shared read-only by every ingest.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/french.h"
#include "schema/model.h"
#include "utilities/regex.h"

namespace perr {

// "Axe 1 : X", "Objectif stratégique : X", "Objectif 2 : X": a kind named
// by a label with the node's own title after it.
struct LabelledHeading {
    Kind kind;
    std::string number;
    std::string title;
};

// A label with nothing after it ("Objectifs opérationnels :"): it gives its
// kind(s) to the items that follow. Two kinds for "Objectifs stratégiques
// et opérationnels": the first for plain lines, the second for items.
struct GroupLabel {
    Kind first;
    std::optional<Kind> second;
};

class Vocabulary {
  public:
    Vocabulary();

    std::optional<LabelledHeading> labelled_heading(std::string_view text) const;
    std::optional<GroupLabel> group_label(std::string_view text) const;
    bool is_section_heading(std::string_view text) const;
    bool is_annex_heading(std::string_view text) const;
    bool is_furniture(std::string_view text) const;
    std::optional<std::string> source_url(std::string_view text) const;
    // "RENFORCER :" -- an all-caps verb heading (given without its colon).
    bool is_verb_heading(std::string_view text, bool colon) const;
    // A sentence that announces the kind of the list after it: "les
    // objectifs suivants", "les axes sont les suivants".
    std::optional<Kind> announced_kind(std::string_view sentence) const;
    // "Protocole d'engagements renforcés et réciproques – Grigny": the
    // territory the protocol title names ("" when the title names none);
    // nullopt when the line is not a protocol's title. A name in capitals is
    // given in the usual case.
    std::optional<std::string> protocol_territory(std::string_view text) const;
    // A line that is a paragraph of its own whatever precedes it: a kind
    // label, a group label, a section heading.
    bool opens_block(std::string_view text) const;
    // "trois axes prioritaires et quinze objectifs opérationnels" -> counts
    // (number words read by FrenchNumberReader: "vingt-deux objectifs" is 22).
    std::vector<std::pair<Kind, int>> claims(std::string_view sentence) const;

  private:
    Regex axe_;
    Regex kind_label_;
    Regex objectif_numbered_;
    Regex group_;
    Regex section_;
    Regex annex_;
    Regex furniture_;
    Regex source_;
    Regex announce_;
    Regex announce_at_end_;
    Regex claim_;
    Regex protocol_title_;
    FrenchNumberReader numbers_;
};

// Kind named by a French noun phrase ("objectifs opérationnels", "axes",
// "exemples d'actions", "enjeux", "priorités"); nullopt if none.
std::optional<Kind> kind_of_phrase(std::string_view phrase);

// "quinze" -> 15, "4" -> 4; 0 when not a number.
int parse_french_number(std::string_view word);

} // namespace perr
