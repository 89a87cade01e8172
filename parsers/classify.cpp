#include "parsers/classify.h"

#include <set>

#include "utilities/text.h"

namespace perr {
namespace {

bool starts_upper(std::string_view s) {
    if (s.empty()) return false;
    if (is_ascii_upper(s.front())) return true;
    std::size_t i = 0;
    char32_t cp = next_code_point(s, i);
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || cp == 0x152 || cp == 0xAB;
}

int word_count(std::string_view s) {
    int words = 0;
    bool in_word = false;
    for (char c : s) {
        if (c == ' ') {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++words;
        }
    }
    return words;
}

Block classify_bulleted(Paragraph& line, const Vocabulary& vocab) {
    Block b{.line = &line, .role = Role::item};
    if (auto g = vocab.group_label(line.text)) {
        b.role = Role::group_label;
        b.group = *g;
    } else if (auto h = vocab.labelled_heading(line.text)) {
        if (h->kind == Kind::axe) {
            b.names_axe = true;
        } else {
            b.role = Role::labelled;
            b.labelled = std::make_unique<LabelledHeading>(std::move(*h));
        }
    }
    return b;
}

Block classify_plain(Paragraph& line, const Vocabulary& vocab) {
    Block b{.line = &line, .role = Role::paragraph};
    if (line.emphasis == Emphasis::italic) return b; // a comment, not a heading
    if (vocab.is_section_heading(line.text)) {
        b.role = Role::section;
    } else if (auto h =
                   line.text.size() <= 400 ? vocab.labelled_heading(line.text) : std::nullopt) {
        b.role = Role::labelled;
        b.labelled = std::make_unique<LabelledHeading>(std::move(*h));
        if (b.labelled->number.empty())
            b.labelled->number = line.numbering().text; // "1.2. Axe : X"
    } else if (auto g = vocab.group_label(line.text)) {
        b.role = Role::group_label;
        b.group = *g;
    } else if (vocab.is_verb_heading(line.text, line.colon)) {
        b.role = Role::verb_heading;
    } else if (!line.numbering().style.empty()) {
        b.role = Role::numbered;
    } else {
        b.heading_like = looks_like_heading(line);
    }
    return b;
}

} // namespace

std::string_view territoire_name(const Block& b) {
    return b.heading().kind == Kind::territoire ? std::string_view(b.heading().title)
                                                : std::string_view(b.line->text);
}

const LabelledHeading& Block::heading() const {
    static const LabelledHeading kNone{Kind::texte, {}, {}};
    return labelled ? *labelled : kNone;
}

bool looks_like_heading(const Paragraph& line) {
    std::string_view t = line.text;
    if (line.colon || t.empty() || t.size() > 120 || word_count(t) > 15) return false;
    if (line.raw.find('\t') != std::string_view::npos) return false;
    static constexpr std::string_view kClosers[] = {".", ";",      ",",  "!",
                                                    "?", "\u00BB", "\"", "\u2026"};
    for (std::string_view c : kClosers)
        if (t.ends_with(c)) return false;
    return starts_upper(t);
}

// "Protocole d'engagements … réciproques" then "– Grigny": a title that
// pdftotext wrapped before its dash, the second line read as an item; or
// "… réciproques –" then "Grigny": wrapped after it, the name alone on a
// short line. The next line is taken as the name (and emptied).
std::optional<std::string> wrapped_name(std::vector<Block>& blocks, std::size_t i) {
    if (i + 1 >= blocks.size()) return std::nullopt;
    const Paragraph& next = *blocks[i + 1].line;
    if (next.text.size() > 80 || next.number != blocks[i].line->number + 1) return std::nullopt;
    bool dash_item = blocks[i + 1].role == Role::item && next.marker == "-";
    bool name_line = blocks[i + 1].role == Role::paragraph &&
                     ends_with_dash(blocks[i].line->text) && !next.colon &&
                     !next.text.ends_with('.');
    if (!dash_item && !name_line) return std::nullopt;
    blocks[i + 1].role = Role::blank;
    return std::string(next.text);
}

namespace {

// A protocol title that may open one territory's part: its block and
// the name it gives (empty when the name was wrapped to the next line).
struct TitleCandidate {
    std::size_t at;
    std::string name;
};

// A file that holds several protocols titles each part with its
// territory: two or more protocol titles naming different territories
// open `territoire` parts. One such title alone is the document's title.
// The titles were looked for as the lines were classified, while each was
// at hand; a name wrapped to the next line takes that line's role, so they
// are settled here, in order, each role read again (a wrapped name blanks
// the line it takes).
void mark_territory_parts(std::vector<Block>& blocks, std::vector<TitleCandidate> candidates) {
    std::vector<std::pair<std::size_t, std::string>> parts;
    std::set<std::string> names;
    for (TitleCandidate& c : candidates) {
        Role r = blocks[c.at].role;
        if (r != Role::paragraph && r != Role::section) continue;
        std::optional<std::string> name = std::move(c.name);
        if (name->empty()) name = wrapped_name(blocks, c.at);
        if (!name || name->empty()) continue;
        names.insert(fold(*name));
        parts.emplace_back(c.at, std::move(*name));
    }
    if (names.size() < 2) return;
    for (auto& [i, name] : parts) {
        blocks[i].role = Role::territoire;
        blocks[i].labelled = std::make_unique<LabelledHeading>(
            LabelledHeading{Kind::territoire, {}, std::move(name)});
    }
}

Block classify_line(Paragraph& line, Layout layout, const Vocabulary& vocab) {
    if (line.territory_header) return Block{.line = &line, .role = Role::territoire};
    if (line.blank) return Block{.line = &line, .role = Role::blank};
    if (vocab.source_url(line.raw)) return Block{.line = &line, .role = Role::source};
    if (layout == Layout::web && line.marker.empty() && vocab.is_furniture(line.text))
        return Block{.line = &line, .role = Role::furniture};
    if (!line.marker.empty()) return classify_bulleted(line, vocab);
    return classify_plain(line, vocab);
}

} // namespace

std::vector<Block> classify_lines(std::vector<Paragraph>& lines, Layout layout,
                                  const Vocabulary& vocab) {
    std::vector<Block> blocks;
    blocks.reserve(lines.size());
    std::vector<TitleCandidate> titles;
    for (Paragraph& line : lines) {
        blocks.push_back(classify_line(line, layout, vocab));
        Role r = blocks.back().role;
        if (r != Role::paragraph && r != Role::section) continue;
        if (auto name = vocab.protocol_territory(line.text))
            titles.push_back({blocks.size() - 1, std::move(*name)});
    }
    mark_territory_parts(blocks, std::move(titles));
    return blocks;
}

} // namespace perr
