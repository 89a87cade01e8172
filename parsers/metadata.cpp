#include "parsers/metadata.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "parsers/line_lexer.h"
#include "parsers/signatures.h"
#include "utilities/text.h"
#include "utilities/word_scan.h"

namespace perr {
namespace {

// A proper name: capitalised words joined by French particles
// ("Paris Terres d'Envol", "Grenoble Alpes Métropole", "Val de Bièvre").
constexpr std::string_view kName =
    R"(((?:\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}[\p{L}'’-]*))"
    R"((?:\s+(?:(?:de|du|des|la|le|les|sur|sous|en|et)\s+)?(?:\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}[\p{L}'’-]*))*))";

std::string with_name(std::string_view before, std::string_view after = "") {
    return std::string(before) + std::string(kName) + std::string(after);
}

bool is_date_only(std::string_view text, const DateFinder& finder) {
    auto found = finder.find_all(text);
    return !found.empty() && text.size() <= 80;
}

// Whether `s` may open with the legal form territory_institution_ reads
// ("EPT", "Établissement public territorial", "Communauté …",
// "Agglomération", "Métropole"): a cheap test before the pattern.
bool names_institution(std::string_view s) {
    static constexpr std::array<std::string_view, 5> kStems{"ept", "etablissement", "communaut",
                                                            "agglom", "metropole"};
    for (std::string_view stem : kStems)
        if (may_start_with(s, stem)) return true;
    return false;
}

std::string folded_section_title(const Block& b) {
    return fold(b.line->text);
}

// "Protocole d'Engagements … GRAND PARIS SUD" without its territory's name.
std::string title_without(std::string_view header, std::string_view name) {
    std::string_view t = trim(header);
    std::size_t words = 1;
    for (char c : name) words += c == ' ' ? 1 : 0;
    for (std::size_t k = 0; k < words && !t.empty(); ++k) {
        std::size_t sp = t.find_last_of(' ');
        t = sp == std::string_view::npos ? std::string_view() : trim(t.substr(0, sp));
    }
    return std::string(t);
}

constexpr std::array<std::string_view, 8> kKindWords{
    "xes", "XES", "bjectifs", "BJECTIFS", "rientations", "RIENTATIONS", "njeux", "NJEUX"};

bool kind_word_at(std::string_view s, std::size_t p) {
    std::string_view rest = s.substr(p);
    for (std::string_view w : kKindWords)
        if (rest.starts_with(w)) return true;
    return false;
}

// A place's first two bytes, with bit 0x20 set, are those of a kind word
// in lower case: "xe", "bj", "ri", "nj".
bool may_open_kind_word(char a, char b) {
    auto pair = static_cast<unsigned>((a | 0x20) & 0xFF) << 8 | ((b | 0x20) & 0xFF);
    return pair == ('x' << 8 | 'e') || pair == ('b' << 8 | 'j') || pair == ('r' << 8 | 'i') ||
           pair == ('n' << 8 | 'j');
}

} // namespace

// Sixteen places at a time: the pairs of bytes that may open a kind word,
// either case, are marked (bit 0x20 set on both bytes: upper case becomes
// lower, other bytes may match too), and each word compared in full where
// one is marked: one pass, where there were eight finds.
bool names_a_kind(std::string_view s) {
    using word_scan::Block, word_scan::equal, word_scan::splat;
    std::size_t p = 0;
    for (; p + 17 <= s.size(); p += 16) {
        Block a = word_scan::load_block(s, p) | splat(0x20);
        Block b = word_scan::load_block(s, p + 1) | splat(0x20);
        Block marks = (equal(a, 'x') & equal(b, 'e')) | (equal(a, 'b') & equal(b, 'j')) |
                      (equal(a, 'r') & equal(b, 'i')) | (equal(a, 'n') & equal(b, 'j'));
        if (!word_scan::any(marks)) continue;
        for (std::size_t k = 0; k < 16; ++k)
            if (marks[k] != 0 && kind_word_at(s, p + k)) return true;
    }
    for (; p + 1 < s.size(); ++p)
        if (may_open_kind_word(s[p], s[p + 1]) && kind_word_at(s, p)) return true;
    return false;
}

// Sixteen places at a time: "20" or "19", then two digits. A "20" year
// ends the search; a "19" year only once the text ends.
YearCenturies year_centuries(std::string_view s) {
    using word_scan::Block, word_scan::below, word_scan::equal, word_scan::load_block,
        word_scan::splat;
    YearCenturies found;
    std::size_t p = 0;
    for (; p + 19 <= s.size(); p += 16) {
        Block first = load_block(s, p), second = load_block(s, p + 1);
        Block digits = below(load_block(s, p + 2) - splat('0'), 10) &
                       below(load_block(s, p + 3) - splat('0'), 10);
        if (!word_scan::any(digits)) continue;
        if (word_scan::any(equal(first, '2') & equal(second, '0') & digits)) return {true, true};
        found.nineteen =
            found.nineteen || word_scan::any(equal(first, '1') & equal(second, '9') & digits);
    }
    for (; p + 3 < s.size(); ++p) {
        if (!is_ascii_digit(s[p + 2]) || !is_ascii_digit(s[p + 3])) continue;
        if (s[p] == '2' && s[p + 1] == '0') return {true, true};
        found.nineteen = found.nineteen || (s[p] == '1' && s[p + 1] == '9');
    }
    return found;
}

MetadataReader::MetadataReader(const Vocabulary& vocab)
    : vocab_(vocab),
      territory_institution_(
          with_name(
              R"(^(?i:EPT|[ée]tablissement\s+public\s+territorial|communaut[ée]\s+d['’]\s*agglom[ée]ration|)"
              R"(communaut[ée]\s+urbaine|communaut[ée]\s+de\s+communes|agglom[ée]ration|m[ée]tropole)\s+(?:(?i:de\s+la|de|du|des|d['’])\s*)?)",
              R"(\s*$)"),
          false),
      territory_contract_(
          with_name(
              R"((?i:contrats?\s+de\s+ville)(?:\s+[0-9]{4}\s*[-–]\s*[0-9]{4})?\s+(?:(?i:de\s+la|de\s+l['’]|du|de|d['’])\s*)?)"),
          false),
      territory_signed_(with_name("", R"(\s+a\s+sign[ée])"), false),
      territory_headline_(with_name(R"(^)", R"(\s+[–—-]\s+(?i:signature))"), false),
      year_range_(R"((?<![0-9])((?:19|20)[0-9]{2})\s*[-–]\s*((?:19|20)[0-9]{2})(?![0-9]))"),
      end_year_(
          R"((?:[ée]ch[ée]ance|jusqu['’]\s*(?:en|à|au)|prolong\w*)[^.]{0,80}?\b(20[0-9]{2})\b)"),
      next_years_(R"(\b(deux|trois|quatre|cinq|[2-6])\s+prochaines\s+ann[ée]es)"),
      legal_form_(
          R"(^(?:EPT\s+|(?:communaut[ée]\s+d['’]\s*agglom[ée]ration|communaut[ée]\s+urbaine|)"
          R"(communaut[ée]\s+de\s+communes|[ée]tablissement\s+public\s+territorial|agglom[ée]ration|)"
          R"(m[ée]tropole)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)(\S.*)$)"),
      signed_at_(R"(\b(?:fait\s+[àa]|sign[ée]\s+le|date\s*:))") {}

namespace {

// The bits of MetadataReader::Cues.
enum : std::uint16_t {
    kLine = 1 << 0,      // not blank
    kProgramme = 1 << 1, // the programme begins: claims stop here
    kSection = 1 << 2,   // a section heading
    kSource = 1 << 3,    // "(Source : URL)"
    kClaim = 1 << 4,     // a paragraph naming a kind, before the programme
    kDigits = 1 << 5,    // five digits or more: a date has a day and a year
    kNextYears = 1 << 6, // a paragraph with "…rochaines…"
    kYear20 = 1 << 7,    // "20" and two digits (not a source line)
    kYear19 = 1 << 8,    // "19" and two digits, and no "20" and two
};

bool opens_programme(const Block& b) {
    return b.role == Role::verb_heading || b.role == Role::territoire ||
           (b.role == Role::labelled && b.heading().kind == Kind::axe);
}

// A line's cheap tests, each the one its pass made before its pattern.
std::uint16_t line_cues(const Block& b) {
    const Paragraph& l = *b.line;
    std::string_view t = l.text;
    std::uint16_t c = kLine;
    if (b.role == Role::section) c |= kSection;
    if (b.role == Role::source) c |= kSource;
    if (count_ascii_digits(l.raw, 5) >= 5) c |= kDigits;
    if (b.role == Role::paragraph && contains(t, "rochaines")) c |= kNextYears;
    if (b.role != Role::source) {
        auto [twenties, nineteen] = year_centuries(t);
        c |= twenties ? kYear20 : nineteen ? kYear19 : 0;
    }
    return c;
}

} // namespace

MetadataReader::Cues MetadataReader::cues(const std::vector<Block>& blocks) const {
    Cues out(blocks.size(), 0);
    bool before_programme = true;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.role == Role::blank) continue;
        std::uint16_t c = line_cues(b);
        if (opens_programme(b)) {
            c |= kProgramme;
            before_programme = false;
        }
        if (before_programme && b.role == Role::paragraph && names_a_kind(b.line->text))
            c |= kClaim;
        out[i] = c;
    }
    return out;
}

std::map<std::string, int> MetadataReader::claims(const std::vector<Block>& blocks,
                                                  std::map<std::string, int>* lines) const {
    return claims(blocks, cues(blocks), lines);
}

std::map<std::string, int> MetadataReader::claims(const std::vector<Block>& blocks,
                                                  const Cues& cues,
                                                  std::map<std::string, int>* lines) const {
    std::map<std::string, int> out;
    // Counts announced inside the programme are local ("le plan du CLS
    // s'articule autour des 3 orientations"): only the preamble's count.
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if ((cues[i] & kProgramme) != 0) break;
        if ((cues[i] & kClaim) == 0) continue;
        const Paragraph& l = *blocks[i].line;
        for (const auto& [kind, n] : vocab_.claims(l.text))
            if (out.try_emplace(std::string(kind_name(kind)), n).second && lines != nullptr)
                (*lines)[std::string(kind_name(kind))] = l.number;
    }
    return out;
}

std::string MetadataReader::title(const std::vector<Block>& blocks) const {
    // A top-level heading names the document; else a line naming the protocol.
    int seen_lines = 0;
    for (const Block& b : blocks) {
        if (b.role == Role::blank || b.line->territory_header) continue;
        if (++seen_lines > 12) break;
        if (b.line->heading_level == 1) return std::string(b.line->text);
    }
    const Block* first_heading = nullptr;
    int seen = 0;
    for (const Block& b : blocks) {
        if (b.role == Role::territoire) return title_without(b.line->raw, b.line->text);
        if (b.role == Role::blank || b.role == Role::furniture) continue;
        if (++seen > 12) break;
        const Paragraph& l = *b.line;
        if (l.heading_level == 1) return std::string(l.text);
        if (is_date_only(l.text, date_finder_)) continue;
        bool headingish = !l.text.empty() && l.text.size() <= 160 && !l.text.ends_with('.');
        if (headingish && fold(l.text).find("protocole") != std::string::npos)
            return std::string(l.text);
        if (headingish && !first_heading && b.role == Role::paragraph) first_heading = &b;
    }
    return first_heading ? std::string(first_heading->line->text) : std::string();
}

// The protocol's title names its territory ("Protocole d'engagements …
// – Grand Besançon Métropole"), or the short line under it does.
std::optional<std::string>
MetadataReader::titled_territory(const std::vector<Block>& blocks) const {
    std::size_t scanned = 0;
    for (std::size_t i = 0; i < blocks.size() && scanned < 12; ++i) {
        if (blocks[i].role == Role::blank) continue;
        ++scanned;
        auto name = vocab_.protocol_territory(blocks[i].line->text);
        if (!name) continue;
        if (!name->empty()) return legal_form_removed(*name);
        for (std::size_t j = i + 1; j < blocks.size(); ++j) {
            if (blocks[j].role == Role::blank) continue;
            const Paragraph& next = *blocks[j].line;
            // The title said again (an HTML <title>, then its <h1>).
            if (auto again = vocab_.protocol_territory(next.text)) {
                if (again->empty()) continue;
                return legal_form_removed(*again);
            }
            if (blocks[j].role != Role::paragraph || next.cell_start != CellStart::none ||
                next.text.size() > 80 || next.colon || next.text.ends_with('.'))
                break;
            return legal_form_removed(is_all_caps(next.text, 3) ? title_case_name(next.text)
                                                                : next.text);
        }
    }
    return std::nullopt;
}

std::string MetadataReader::legal_form_removed(std::string_view name) const {
    auto m = legal_form_.find(name);
    return m ? std::string(trim((*m)[1])) : std::string(trim(name));
}

std::string MetadataReader::territory(const std::vector<Block>& blocks) const {
    std::string best;
    int best_score = 0;
    auto consider = [&](const Regex& re, std::string_view text, int score) {
        if (score <= best_score) return;
        if (auto m = re.find(text)) {
            best = std::string(trim((*m)[1]));
            best_score = score;
        }
    };
    for (const Block& b : blocks)
        if (b.role == Role::territoire) // the first part's territory
            return std::string(territoire_name(b));
    if (auto named = titled_territory(blocks)) return *named;
    // The first line of the best score wins: a phrase that cannot beat the
    // score found is not looked for, and nothing beats a legal form (4).
    constexpr int kBest = 4;
    for (const Block& b : blocks) {
        if (best_score == kBest) break;
        if (b.role == Role::blank) continue;
        std::string_view t = b.line->text;
        if (t.size() <= 80 && names_institution(t)) consider(territory_institution_, t, kBest);
        if (best_score >= 3) continue;
        // Cheap tests first: most lines hold neither phrase.
        if (contains(t, "ontrat")) consider(territory_contract_, t, 3);
        if (contains(t, " a sign")) consider(territory_signed_, t, 3);
        if (b.line->heading_level > 0) consider(territory_headline_, t, 2);
    }
    return best;
}

namespace {

// "Le 6 novembre 2019, le conseil …": a date that opens its paragraph,
// followed by a comma, dates what the paragraph tells (history, unless the
// paragraph speaks of the document itself).
bool opens_paragraph(std::string_view text, const FoundDate& d) {
    std::string before = fold(trim(text.substr(0, d.begin)));
    std::string_view after = trim(text.substr(d.end));
    bool lead = before.empty() || before == "le" || before == "en date du" || before == "ce";
    return lead && after.starts_with(',');
}

// "le présent protocole", "la présente convention": the document speaks of
// itself, not of the texts before it. `f` is folded.
bool speaks_of_itself(std::string_view f) {
    for (std::string_view w : {"le present ", "la presente ", "du present ", "de la presente "})
        if (f.find(w) != std::string_view::npos) return true;
    return false;
}

} // namespace

std::vector<DateEntry> MetadataReader::dates(const std::vector<Block>& blocks,
                                             const Cues& cues) const {
    std::vector<DateEntry> out;
    bool in_signatures = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (cues[i] == 0) continue; // blank
        const Block& b = blocks[i];
        if ((cues[i] & kSection) != 0)
            in_signatures = folded_section_title(b).starts_with("signature");
        if ((cues[i] & kDigits) == 0) continue;
        std::string text = strip_markup(b.line->raw);
        std::string f = fold(text);
        bool deliberation = f.find("deliberation") != std::string::npos;
        // "signé le …" in a long paragraph tells the history of other texts.
        bool signing = in_signatures || (signed_at_.search(f) && text.size() <= 120);
        for (const FoundDate& d : date_finder_.find_all(text)) {
            // A date inside a sentence or a list item is history ("la loi du
            // 21 février 2014"); the document's own dates stand nearly alone.
            bool alone = text.size() - (d.end - d.begin) <= 24 && b.line->marker.empty();
            bool opening =
                opens_paragraph(text, d) && b.line->marker.empty() && speaks_of_itself(f);
            if (!alone && !opening && !deliberation && !signing) continue;
            std::string role = deliberation ? "deliberation" : signing ? "signature" : "document";
            bool dup = false;
            for (const DateEntry& e : out) dup = dup || (e.date == d.iso && e.role == role);
            if (!dup) out.push_back({d.iso, role, b.line->number});
        }
    }
    return out;
}

namespace {

// How surely a year range on `line` is the protocol's own period, from the
// words of its sentence before it (`before`, folded): the protocol's ("Période 2020-2022",
// "pour 2020-2022", "du protocole … 2020-2022") over the contract's it
// amends ("contrat de ville 2015-2022"), a short line over a sentence.
int range_score(std::string_view line, std::string_view before) {
    std::size_t sentence = before.find_last_of(".;:");
    std::string_view near = before.substr(sentence == std::string_view::npos ? 0 : sentence + 1);
    near = near.substr(near.size() > 120 ? near.size() - 120 : 0);
    auto has = [](std::string_view s, std::string_view w) {
        return s.find(w) != std::string_view::npos;
    };
    bool own = has(near, "periode") || has(near, "pour ") || has(near, "duree") ||
               has(near, "protocole") || has(near, "perr") || has(near, "avenant") ||
               has(near, "objectifs");
    bool contract = has(near, "contrat");
    int score = line.size() <= 60 ? 4 : 1;
    if (own && !contract) score += 3;
    if (contract && !own) score -= 3;
    return std::max(score, 1); // the contract's, when no other is given
}

} // namespace

std::optional<Period> MetadataReader::period(const std::vector<Block>& blocks, const Cues& cues,
                                             const std::vector<DateEntry>& dates) const {
    std::optional<Period> best;
    int best_score = 0;
    auto offer = [&](int start, int end, int score) {
        if (score > best_score && start <= end && end - start <= 12) {
            best = Period{start, end};
            best_score = score;
        }
    };
    // "durant les trois prochaines années": how long the protocol runs.
    int span = 0;
    for (std::size_t i = 0; i < blocks.size() && span == 0; ++i)
        if ((cues[i] & kNextYears) != 0)
            if (std::string f = fold(blocks[i].line->text);
                auto n = next_years_.find(f)) // views into f
                span = parse_french_number((*n)[1]);
    int last_date_year = 0;
    for (const DateEntry& d : dates)
        last_date_year = std::max(last_date_year, std::stoi(d.date.substr(0, 4)));
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if ((cues[i] & (kYear20 | kYear19)) == 0) continue;
        std::string_view t = blocks[i].line->text;
        bool twenties = (cues[i] & kYear20) != 0;
        for (auto m = year_range_.find(t); m; m = year_range_.find(t, m->end))
            offer(std::stoi(std::string((*m)[1])), std::stoi(std::string((*m)[2])),
                  range_score(t, fold(t.substr(0, m->begin))));
        if (!twenties) continue; // the end year is 20xx
        std::string f = fold(t);
        if (auto m = end_year_.find(f)) { // views into f
            // An extension to a year: the protocol runs from its signature to then.
            int end = std::stoi(std::string((*m)[1]));
            int start = span > 0 ? end - span + 1 : last_date_year;
            if (start > 0) offer(start, end, 2);
        }
    }
    return best;
}

std::vector<Signatory> MetadataReader::signatories(const std::vector<Block>& blocks,
                                                   const Cues& cues) const {
    std::vector<SignatureLine> lines;
    bool inside = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if ((cues[i] & kSection) != 0) {
            inside = folded_section_title(b).starts_with("signature") ||
                     folded_section_title(b).starts_with("les signataires");
            continue;
        }
        if (inside && (cues[i] & kLine) != 0) lines.push_back({b.line->raw, b.line->number});
    }
    return read_signatures(lines);
}

void MetadataReader::read(const std::vector<Block>& blocks, Document& doc,
                          std::map<std::string, int>* claim_lines) const {
    Cues found = cues(blocks);
    doc.claims = claims(blocks, found, claim_lines);
    doc.title = title(blocks);
    doc.territory = territory(blocks);
    doc.dates = dates(blocks, found);
    doc.period = period(blocks, found, doc.dates);
    doc.signatories = signatories(blocks, found);
    for (std::size_t i = 0; i < blocks.size() && doc.source.url.empty(); ++i)
        if ((found[i] & kSource) != 0)
            doc.source.url = vocab_.source_url(blocks[i].line->raw).value_or("");
}

} // namespace perr
