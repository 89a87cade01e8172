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

// A file that holds several protocols titles each part with its
// territory: two or more protocol titles naming different territories
// open `territoire` parts. One such title alone is the document's title.
void mark_territory_parts(std::vector<Block>& blocks, const Vocabulary& vocab) {
    std::vector<std::pair<std::size_t, std::string>> parts;
    std::set<std::string> names;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Role r = blocks[i].role;
        if (r != Role::paragraph && r != Role::section) continue;
        auto name = vocab.protocol_territory(blocks[i].line->text);
        if (name && name->empty()) name = wrapped_name(blocks, i);
        if (!name || name->empty()) continue;
        names.insert(fold(*name));
        parts.emplace_back(i, std::move(*name));
    }
    if (names.size() < 2) return;
    for (auto& [i, name] : parts) {
        blocks[i].role = Role::territoire;
        blocks[i].labelled = std::make_unique<LabelledHeading>(
            LabelledHeading{Kind::territoire, {}, std::move(name)});
    }
}

std::vector<Block> classify_lines(std::vector<Paragraph>& lines, Layout layout,
                                  const Vocabulary& vocab) {
    std::vector<Block> blocks;
    blocks.reserve(lines.size());
    for (Paragraph& line : lines) {
        if (line.territory_header) {
            blocks.push_back(Block{.line = &line, .role = Role::territoire});
        } else if (line.blank) {
            blocks.push_back(Block{.line = &line, .role = Role::blank});
        } else if (vocab.source_url(line.raw)) {
            blocks.push_back(Block{.line = &line, .role = Role::source});
        } else if (layout == Layout::web && line.marker.empty() && vocab.is_furniture(line.text)) {
            blocks.push_back(Block{.line = &line, .role = Role::furniture});
        } else if (!line.marker.empty()) {
            blocks.push_back(classify_bulleted(line, vocab));
        } else {
            blocks.push_back(classify_plain(line, vocab));
        }
    }
    mark_territory_parts(blocks, vocab);
    return blocks;
}

} // namespace perr
