#include "parsers/vocabulary.h"

#include <array>
#include <span>

#include "parsers/signals.h"
#include "utilities/text.h"

namespace perr {
namespace {

// Shared pieces of the patterns. Accents are optional (documents drop them).
// A label's number: "1", "1.2.3", "II", "B", "n°4", "N° 2".
constexpr std::string_view kNum =
    R"((?:n[°º]\s*|no\s+)?((?-i:[0-9]{1,3}(?:\.[0-9]{1,3})*|[IVX]{1,4}|[A-Z])(?![\p{L}'’]))?)";

std::string axe_pattern() {
    // "Axe 1 : X", "AXE 2 – X", "Thématique X", "Pilier 3 – X", "Axe stratégique 1 : X"
    return std::string(
               R"(^(?:axe|pilier|th[ée]matique)(?:\s+(?:strat[ée]gique|prioritaire|transversal))?\s*)") +
           std::string(kNum) + R"((?:\s*[:.\x{2013}\x{2014}-]\s*|\s+)(\S.*)$)";
}

std::string kind_label_pattern() {
    return std::string(
               R"(^(objectif\s+strat[ée]gique|objectif\s+op[ée]rationnel|orientation(?:\s+strat[ée]gique)?|action|enjeu|priorit[ée])\s*)") +
           std::string(kNum) + R"(\s*[:\x{2013}\x{2014}-]\s*(\S.*)$)";
}

// The words the label patterns open with, cut before any accent: a text
// opening with none of them matches none of the patterns, which are not
// run (a cheap test: most lines open with a verb or a name). Keep them in
// step with axe_pattern, kind_label_pattern, objectif_numbered_ and
// kGroupPattern.
constexpr std::array<std::string_view, 8> kLabelStems{"axe",         "pilier", "th",    "objectif",
                                                      "orientation", "action", "enjeu", "priorit"};
constexpr std::array<std::string_view, 9> kGroupStems{
    "objectif", "orientation", "exemple", "piste", "fiche", "action", "enjeu", "priorit", "axe"};

// The bytes a text opening with one of `stems` may open with: a stem's
// first letter in either case, and any non-ASCII byte (may_start_with's
// rule). One lookup turns most lines away before any stem is compared.
template <std::size_t N>
constexpr std::array<bool, 256> opening_bytes(const std::array<std::string_view, N>& stems) {
    std::array<bool, 256> t{};
    for (std::string_view stem : stems) {
        auto c = static_cast<unsigned char>(stem.front());
        t[c] = t[c & ~0x20u] = true; // the stems are lower-case letters
    }
    for (std::size_t b = 0x80; b < 256; ++b) t[b] = true;
    return t;
}

template <std::size_t N>
bool may_open_with_any(std::string_view text, const std::array<std::string_view, N>& stems,
                       const std::array<bool, 256>& opening) {
    if (text.empty() || !opening[static_cast<unsigned char>(text.front())]) return false;
    for (std::string_view stem : stems)
        if (may_start_with(text, stem)) return true;
    return false;
}

constexpr std::array<bool, 256> kLabelOpenings = opening_bytes(kLabelStems);
constexpr std::array<bool, 256> kGroupOpenings = opening_bytes(kGroupStems);

// `text` past ASCII white space; where a non-ASCII byte stands, `text` from
// there (it may be a Unicode space).
std::string_view after_spaces(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    return text.substr(i);
}

// The places a group label's word may start: at the start, past a list
// number ("B. ", "IV) ", "12. "), and past "les " or "nos " after either.
bool may_open_group(std::string_view text) {
    if (text.empty() || static_cast<unsigned char>(text.front()) >= 0x80) return true;
    std::array<std::string_view, 2> starts{text, {}};
    std::size_t n = 0;
    while (n < text.size() && n < 4 && (is_ascii_alpha(text[n]) || is_ascii_digit(text[n]))) ++n;
    bool numbered = n > 0 && n < text.size() && (text[n] == '.' || text[n] == ')');
    if (numbered) starts[1] = after_spaces(text.substr(n + 1));
    for (std::string_view start : std::span(starts.data(), numbered ? 2u : 1u)) {
        if (may_open_with_any(start, kGroupStems, kGroupOpenings)) return true;
        for (std::string_view article : {"les", "nos"}) {
            if (!may_start_with(start, article) || start.size() == article.size()) continue;
            std::string_view rest = start.substr(article.size());
            if (static_cast<unsigned char>(rest.front()) >= 0x80) return true;
            if (is_ascii_space(rest.front()) &&
                may_open_with_any(after_spaces(rest), kGroupStems, kGroupOpenings))
                return true;
        }
    }
    return false;
}

constexpr std::string_view kGroupPattern =
    R"(^(?:(?:[A-Z]|[IVX]{1,4}|[0-9]{1,2})[.)]\s*)?(?:les\s+|nos\s+)?)"
    R"((objectifs?\s+strat[ée]giques?|objectifs?\s+op[ée]rationnels?|orientations?(?:\s+strat[ée]giques?)?|)"
    R"((?:exemples?|pistes?|fiches?)\s+(?:d['’]\s*)?actions?|actions?(?:\s+(?:envisag[ée]es|[àa]\s+mener|propos[ée]es|cl[ée]s))?|)"
    R"(enjeux|priorit[ée]s(?:\s+(?:pour\s+le\s+territoire|territoriales|d['’]\s*intervention))?|axes?(?:\s+(?:prioritaires|strat[ée]giques))?))"
    R"((?:\s+et\s+(op[ée]rationnels?|strat[ée]giques?))?)"
    // an optional gloss: "– des priorités à décliner …", "(articulation avec …)"
    R"((?:\s+[\x{2013}\x{2014}-]\s+\p{Ll}.*|\s*\(.*\))?\s*:?\s*$)";

constexpr std::string_view kSectionPattern =
    R"(^(?:pr[ée]ambule|avant[- ]propos|introduction|article\s+[0-9]+|annexes?|signatures?|)"
    R"(sommaire|conclusion|les\s+signataires|expos[ée]\s+des\s+motifs|glossaire)\b)";

constexpr std::string_view kFurniturePattern =
    R"(^(?:vous\s+[êe]tes\s+ici|[0-9]+\s+commentaires?|(?:[0-9]+\s+)+[0-9]+|partager|imprimer|)"
    R"(retour(?:\s+en\s+haut)?|accueil|menu|rechercher|lire\s+la\s+suite|t[ée]l[ée]charger)\s*:?$)";

// A number written in digits or in words, whole: "22", "vingt-deux",
// "vingt et un", "quatre-vingt-dix", "cent vingt" -- never the tail of a
// compound ("deux" of "vingt-deux"). FrenchNumberReader reads it.
constexpr std::string_view kNumberWord =
    R"((?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|)"
    R"(seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille))";

std::string number_pattern() {
    std::string word(kNumberWord);
    return R"((?<![\p{L}\d'’-])(\d{1,3}|)" + word + R"((?:(?:-|\s+)(?:et(?:-|\s+))?)" + word +
           R"()*)(?![\p{L}\d-]))";
}

std::string claim_pattern() {
    return number_pattern() +
           R"(\s+(?:grands?\s+|principaux\s+|nouveaux\s+)?)"
           R"((axes|objectifs\s+strat[ée]giques|objectifs\s+op[ée]rationnels|orientations(?:\s+strat[ée]giques)?|enjeux)\b)";
}

constexpr std::array<std::string_view, 20> kNumberNames{
    "un",     "deux",  "trois",    "quatre",   "cinq",     "six",    "sept",
    "huit",   "neuf",  "dix",      "onze",     "douze",    "treize", "quatorze",
    "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"};

} // namespace

std::optional<Kind> kind_of_phrase(std::string_view phrase) {
    std::string f = fold(phrase);
    auto has = [&](std::string_view w) { return f.find(w) != std::string::npos; };
    if (has("strategique") && has("objectif")) return Kind::objectif_strategique;
    if (has("operationnel")) return Kind::objectif_operationnel;
    if (has("orientation")) return Kind::orientation;
    if (has("action")) return Kind::action;
    if (has("enjeu")) return Kind::enjeu;
    if (has("priorite")) return Kind::priorite;
    if (f.starts_with("axe") || has(" axe")) return Kind::axe;
    if (has("objectif")) return Kind::objectif_strategique;
    return std::nullopt;
}

int parse_french_number(std::string_view word) {
    if (!word.empty() && is_ascii_digit(word.front())) {
        int v = 0;
        for (char c : word) {
            if (!is_ascii_digit(c)) return 0;
            v = v * 10 + (c - '0');
        }
        return v;
    }
    std::string f = fold(word);
    if (f == "une") return 1;
    for (std::size_t i = 0; i < kNumberNames.size(); ++i)
        if (f == kNumberNames[i]) return static_cast<int>(i) + 1;
    return 0;
}

Vocabulary::Vocabulary()
    : axe_(axe_pattern()), kind_label_(kind_label_pattern()),
      objectif_numbered_(R"(^objectif\s+(?:n°\s*)?([0-9]{1,2})\s*[:.\x{2013}\x{2014}-]\s*(\S.*)$)"),
      group_(kGroupPattern), section_(kSectionPattern), annex_(R"(^annexes?\b)"),
      furniture_(kFurniturePattern), source_(R"(^\(\s*source\s*:\s*(\S+?)\s*\)$)"),
      announce_(
          R"(\b(axes|objectifs(?:\s+\S+)?|orientations|actions|enjeux|priorit[ée]s)\s+(?:\S+\s+){0,2}(?:sont\s+les\s+)?suivant(?:e)?s\b)"),
      announce_at_end_(
          R"(\b(?:[0-9]{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(axes|objectifs(?:\s+strat[ée]giques|\s+op[ée]rationnels)?|orientations|actions|enjeux|priorit[ée]s)(?:\s+(?:prioritaires|principales|principaux|strat[ée]giques|op[ée]rationnels|suivant[e]?s))?\s*$)"),
      claim_(claim_pattern()),
      protocol_title_(
          R"(^(?:.*?\s)?protocole\s+d['’]\s*engagements?\s+(?:renforc[ée]s\s+et\s+r[ée]ciproques|r[ée]ciproques\s+et\s+renforc[ée]s)(?:\s*(?:\([^)]*\))?\s*(?:[:\x{2013}\x{2014}-]\s*|\s+)(?:(?:de\s+la|de\s+l['’]|du|de|des|d['’])\s*)?([^\s(].{0,80}?))?\s*$)") {
}

std::optional<LabelledHeading> Vocabulary::labelled_heading(std::string_view text) const {
    if (!may_open_with_any(text, kLabelStems, kLabelOpenings)) return std::nullopt;
    if (auto m = axe_.find(text))
        return LabelledHeading{Kind::axe, std::string((*m)[1]), std::string(trim((*m)[2]))};
    if (auto m = kind_label_.find(text)) {
        auto kind = kind_of_phrase((*m)[1]);
        if (kind) return LabelledHeading{*kind, std::string((*m)[2]), std::string(trim((*m)[3]))};
    }
    if (auto m = objectif_numbered_.find(text))
        return LabelledHeading{Kind::objectif_strategique, std::string((*m)[1]),
                               std::string(trim((*m)[2]))};
    return std::nullopt;
}

std::optional<GroupLabel> Vocabulary::group_label(std::string_view text) const {
    if (text.size() > 240 || !may_open_group(text)) return std::nullopt;
    auto m = group_.find(text);
    if (!m) return std::nullopt;
    auto first = kind_of_phrase((*m)[1]);
    if (!first) return std::nullopt;
    GroupLabel label{*first, std::nullopt};
    if (m->has(2) && !(*m)[2].empty()) {
        // "Objectifs stratégiques et opérationnels": the second adjective
        // names the second kind.
        label.second = fold((*m)[2]).starts_with("op") ? Kind::objectif_operationnel
                                                       : Kind::objectif_strategique;
    }
    return label;
}

bool Vocabulary::is_section_heading(std::string_view text) const {
    return text.size() <= 200 && !text.ends_with('.') && section_.search(text);
}

bool Vocabulary::opens_block(std::string_view text) const {
    if (text.size() > 400) return false;
    if (is_section_heading(text) || labelled_heading(text) || group_label(text)) return true;
    auto part = protocol_territory(text); // one territory's part of a multi-territory file
    return part && !part->empty();
}

std::optional<std::string> Vocabulary::protocol_territory(std::string_view text) const {
    if (text.size() > 200) return std::nullopt;
    if (!contains(text, "rotocole") && !contains(text, "ROTOCOLE")) return std::nullopt;
    auto m = protocol_title_.find(text);
    if (!m) return std::nullopt;
    std::string_view name = m->has(1) ? trim((*m)[1]) : std::string_view();
    if (name.ends_with('.')) return std::nullopt; // a sentence, not a title
    if (is_dash(name)) name = {}; // wrapped after the dash: the name is on the next line
    return is_all_caps(name, 3) ? title_case_name(name) : std::string(name);
}

bool Vocabulary::is_annex_heading(std::string_view text) const {
    return annex_.search(text);
}

bool Vocabulary::is_furniture(std::string_view text) const {
    return text.size() <= 40 && furniture_.search(text);
}

std::optional<std::string> Vocabulary::source_url(std::string_view text) const {
    auto m = source_.find(trim(text));
    if (!m) return std::nullopt;
    return std::string((*m)[1]);
}

bool Vocabulary::is_verb_heading(std::string_view text, bool colon) const {
    if (!colon || text.size() > 60 || !is_all_caps(text, 4)) return false;
    int words = 1;
    for (char c : text) {
        if (is_ascii_digit(c)) return false;
        if (c == ' ') ++words;
    }
    return words <= 4;
}

namespace {

// Cheap tests before the announcement patterns, which search a whole
// sentence. announce_ needs "suivant(e)s" ('s' left out: Unicode folds the
// long s to it); announce_at_end_ ends with a word ending in 's' or 'x'
// ("axes", "enjeux", "principaux"), then white space; a non-ASCII last
// byte may be anything.
bool may_announce_following(std::string_view sentence) {
    return contains_ascii_caseless(sentence, "uivant");
}

bool may_announce_at_end(std::string_view sentence) {
    std::string_view t = trim_right(sentence);
    if (t.empty()) return false;
    auto last = static_cast<unsigned char>(t.back());
    char lower = ascii_lower(t.back());
    return last >= 0x80 || lower == 's' || lower == 'x';
}

} // namespace

std::optional<Kind> Vocabulary::announced_kind(std::string_view sentence) const {
    std::optional<RegexMatch> m;
    if (may_announce_following(sentence)) m = announce_.find(sentence);
    if (!m && may_announce_at_end(sentence)) // "… autour des 3 orientations prioritaires"
        m = announce_at_end_.find(sentence);
    if (!m) return std::nullopt;
    return kind_of_phrase((*m)[1]);
}

std::vector<std::pair<Kind, int>> Vocabulary::claims(std::string_view sentence) const {
    std::vector<std::pair<Kind, int>> out;
    std::size_t pos = 0;
    while (auto m = claim_.find(sentence, pos)) {
        int n = numbers_.read((*m)[1]);
        auto kind = kind_of_phrase((*m)[2]);
        if (n > 0 && kind) out.emplace_back(*kind, n);
        pos = m->end;
    }
    return out;
}

} // namespace perr
