#include "parsers/reassemble.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>

#include "parsers/line_lexer.h"
#include "utilities/text.h"
#include "utilities/word_scan.h"

namespace perr {
namespace {

// Code points: the bytes that are no UTF-8 continuation byte (10xxxxxx),
// 16 at a time.
std::size_t char_count(std::string_view s) {
    auto continues = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    std::size_t continuations = 0, i = 0;
    for (; i + 16 <= s.size(); i += 16) {
        word_scan::Block b = word_scan::load_block(s, i);
        continuations += word_scan::count(word_scan::equal(b & word_scan::splat(0xC0), 0x80));
    }
    for (; i < s.size(); ++i) continuations += continues(s[i]) ? 1u : 0u;
    return s.size() - continuations;
}

std::size_t line_length(const Paragraph& p) {
    return char_count(trim_right(p.raw));
}

std::string_view first_word(std::string_view s) {
    s = trim(s);
    std::size_t sp = s.find(' ');
    return sp == std::string_view::npos ? s : s.substr(0, sp);
}

bool starts_lower(std::string_view s) {
    s = trim(s);
    if (s.empty()) return false;
    if (is_ascii_lower(s.front())) return true;
    std::size_t i = 0;
    char32_t cp = next_code_point(s, i);
    return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || cp == 0x153;
}

// A capital letter or a digit: how an item's first word is written.
bool starts_capital(std::string_view s) {
    s = trim(s);
    if (s.empty()) return false;
    if (is_ascii_upper(s.front()) || is_ascii_digit(s.front())) return true;
    std::size_t i = 0;
    char32_t cp = next_code_point(s, i);
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || cp == 0x152;
}

bool ends_hyphenated(std::string_view s) {
    s = trim_right(s);
    return s.size() >= 3 && s.back() == '-' && s[s.size() - 2] != ' ' && s[s.size() - 2] != '-';
}

// French prefixes whose hyphen belongs to the word when a line breaks after it.
constexpr std::array<std::string_view, 24> kCompoundPrefixes{
    "socio", "micro", "auto",  "anti",   "multi", "inter", "extra", "intra",
    "semi",  "sous",  "non",   "post",   "pre",   "co",    "demi",  "mi",
    "ex",    "vice",  "quasi", "savoir", "rez",   "apres", "avant", "porte"};

// A word cut at its hyphen: "accompa-" + "gnement" (hyphenation), or a
// compound name or range broken at its own hyphen ("Clairs-" + "Soleils",
// "2019-" + "2022"). A sentence never ends on a hyphen.
bool hyphen_break(std::string_view prev_raw, std::string_view line_raw) {
    return ends_hyphenated(prev_raw) && (starts_lower(line_raw) || starts_capital(line_raw));
}

bool joins_by_shape(const Paragraph& first, const Paragraph& prev, const Paragraph& line,
                    const WrapProfile& profile) {
    std::string_view prev_raw = trim(prev.raw);
    if (hyphen_break(prev_raw, line.raw)) return true;
    bool item = !first.marker.empty() || !first.numbering().text.empty();
    if (item && line.indent > first.indent && line.indent <= first.indent + 16) return true;
    if (prev_raw.ends_with(':')) return false;
    if (starts_lower(line.raw)) return true;
    if (!profile.wrapped) return false;
    std::size_t full = line_length(prev) + 1 + char_count(first_word(line.raw));
    return full * 100 >= profile.width * 85;
}

// Whether `line` goes on the paragraph that `first` opened and `prev`
// (its last line so far) continues. The vocabulary is asked last, and only
// about a line that would otherwise join.
bool continues(const Paragraph& first, const Paragraph& prev, const Paragraph& line,
               const WrapProfile& profile, const OpensBlock& opens_block) {
    if (line.blank || !line.marker.empty() || !line.numbering().text.empty() ||
        line.heading_level > 0 || first.heading_level > 0)
        return false;
    return joins_by_shape(first, prev, line, profile) && !opens_block(line);
}

// One paragraph from lines [begin, end): the raw texts joined (hyphenation
// undone, a compound's own hyphen kept), lexed once. It keeps its first
// line's indent as snap_indents left it, not the raw text's.
Paragraph join(const std::vector<Paragraph>& lines, std::size_t begin, std::size_t end,
               TextStore& storage) {
    std::string raw(trim_right(lines[begin].raw));
    for (std::size_t i = begin + 1; i < end; ++i) {
        std::string_view next = trim(lines[i].raw);
        if (ends_hyphenated(raw) && starts_lower(next)) {
            raw = join_hyphenated(raw, next);
        } else {
            if (!ends_hyphenated(raw)) raw += ' '; // "Clairs-" + "Soleils"
            raw += next;
        }
    }
    Paragraph p = lex_line(storage.keep(raw), lines[begin].number, storage);
    p.indent = lines[begin].indent;
    return p;
}

} // namespace

WrapProfile wrap_profile(const std::vector<Paragraph>& lines) {
    std::vector<std::size_t> lengths;
    for (const Paragraph& p : lines)
        if (!p.blank) lengths.push_back(line_length(p));
    WrapProfile profile;
    if (lengths.size() < 10) return profile;
    // The 95th percentile: the element a sort would put there, in linear time.
    auto at = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() * 95 / 100);
    std::nth_element(lengths.begin(), at, lengths.end());
    profile.width = *at;
    std::size_t full = 0;
    for (std::size_t n : lengths) full += n * 4 >= profile.width * 3 ? 1u : 0u;
    profile.wrapped =
        profile.width >= 40 && profile.width <= 200 && full * 10 >= lengths.size() * 3;
    return profile;
}

std::string join_hyphenated(std::string_view left, std::string_view right) {
    left = trim_right(left);
    std::size_t start = left.find_last_of(' ');
    std::string_view word = left.substr(start == std::string_view::npos ? 0 : start + 1);
    word.remove_suffix(1);
    std::string folded = fold(word);
    bool compound = std::find(kCompoundPrefixes.begin(), kCompoundPrefixes.end(), folded) !=
                    kCompoundPrefixes.end();
    std::string out(compound ? left : left.substr(0, left.size() - 1));
    out += trim(right);
    return out;
}

namespace {

// A line that holds a bullet glyph and nothing else.
std::string_view bare_marker(const Paragraph& line) {
    std::string_view t = trim(line.raw);
    if (t.empty() || t.size() > 4) return {};
    std::string probe = std::string(t) + " ";
    return bullet_length(probe) == t.size() ? t : std::string_view();
}

Paragraph with_marker(std::string_view glyph, const Paragraph& line, TextStore& storage) {
    std::string raw = std::string(glyph) + " " + std::string(trim(line.raw));
    return lex_line(storage.keep(raw), line.number, storage);
}

bool is_plain(const Paragraph& line) {
    return !line.blank && line.marker.empty() && line.numbering().text.empty() &&
           line.heading_level == 0;
}

// Inside a run of plain lines that waiting bullets will share: the lines
// that may open an item although the line above looks full (a capital
// start, no hyphen or colon before it), best candidates first (the
// shortest line above).
std::vector<std::size_t> weak_starts(const std::vector<Paragraph>& lines, std::size_t begin,
                                     std::size_t end, const WrapProfile& profile) {
    std::vector<std::size_t> out;
    for (std::size_t k = begin + 1; k < end; ++k) {
        std::string_view above = trim(lines[k - 1].raw);
        if (!joins_by_shape(lines[k - 1], lines[k - 1], lines[k], profile)) continue;
        if (starts_lower(lines[k].raw) || ends_hyphenated(above) || above.ends_with(':')) continue;
        if (!starts_capital(lines[k].raw)) continue; // "(Vermandois, …)", "» …" go on
        out.push_back(k);
    }
    std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        return line_length(lines[a - 1]) < line_length(lines[b - 1]);
    });
    return out;
}

// A run of plain lines that waiting bullets share: where it ends, and the
// lines the bullets' count opens although their shape would join them.
struct CountedRun {
    std::size_t end = 0;
    std::vector<std::size_t> starts; // ascending
};

// Where bullets wait for a run of plain lines that ends the list (a blank
// line or a heading follows, not a sub-item), the bullets' count says how
// many items the run holds: when its shape alone finds fewer, capital
// starts after full lines open the missing ones. Each line is scanned in
// one run only.
CountedRun counted_run(const std::vector<Paragraph>& lines, std::size_t begin, std::size_t waiting,
                       const WrapProfile& profile, const OpensBlock& opens_block) {
    CountedRun run{begin + 1, {}};
    std::size_t strong = 0;
    for (; run.end < lines.size() && is_plain(lines[run.end]) && !opens_block(lines[run.end]);
         ++run.end)
        if (!joins_by_shape(lines[run.end - 1], lines[run.end - 1], lines[run.end], profile))
            ++strong;
    bool sub_items = run.end < lines.size() &&
                     (!lines[run.end].marker.empty() || !lines[run.end].numbering().text.empty());
    if (sub_items || strong + 1 >= waiting) return run; // the bullets belong further down
    run.starts = weak_starts(lines, begin, run.end, profile);
    run.starts.resize(std::min(run.starts.size(), waiting - 1 - strong));
    std::sort(run.starts.begin(), run.starts.end());
    return run;
}

// pdftotext can print a list's bullets on lines of their own, apart from
// their items (Word files made by pandoc): a bare bullet right above a line
// of text is that line's; bare bullets followed by blank lines wait, in
// order, for the next lines that start a paragraph.
// In place: the lines kept are moved down to `kept`, which never passes
// the line being read.
void attach_bare_markers(std::vector<Paragraph>& lines, TextStore& storage,
                         const WrapProfile& profile, const OpensBlock& opens_block) {
    std::size_t kept = 0;
    std::deque<std::string_view> waiting;
    CountedRun run;              // the run of plain lines being given bullets
    std::size_t prev = SIZE_MAX; // the last non-blank line kept
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Paragraph& line = lines[i];
        if (std::string_view glyph = bare_marker(line); !glyph.empty()) {
            bool next_is_text = i + 1 < lines.size() && !lines[i + 1].blank &&
                                bare_marker(lines[i + 1]).empty() && lines[i + 1].marker.empty();
            if (next_is_text) {
                lines[i + 1] = with_marker(glyph, lines[i + 1], storage);
            } else {
                waiting.push_back(glyph);
                prev = SIZE_MAX; // the bullets end the paragraph above them
            }
            continue;
        }
        if (!waiting.empty() && is_plain(line)) {
            bool opens = prev == SIZE_MAX ||
                         !joins_by_shape(lines[prev], lines[prev], line, profile) ||
                         std::binary_search(run.starts.begin(), run.starts.end(), i);
            if (opens_block(line)) {
                waiting.clear();
            } else if (opens) {
                if (i >= run.end) run = counted_run(lines, i, waiting.size(), profile, opens_block);
                line = with_marker(waiting.front(), line, storage);
                waiting.pop_front();
            }
        }
        if (!waiting.empty() && line.blank) continue; // between the bullets and their items
        if (kept != i) lines[kept] = std::move(line);
        if (!lines[kept].blank) prev = kept;
        ++kept;
    }
    lines.resize(kept);
}

// Markdown nests lists by one or two spaces, deliberately; a layout
// engine's columns (pdftotext -layout) start further right and jitter.
constexpr int kLayoutIndent = 3;

// The distinct indents, ascending, and whether a line holds a form feed
// (`paged`), in one walk. Few indents: k distinct indents take k²/8 bytes
// of leading blanks at least, so inserting each is linear overall.
std::vector<int> distinct_indents(const std::vector<Paragraph>& lines, bool& paged) {
    std::vector<int> seen;
    int last = -1; // consecutive lines mostly share their indent
    for (const Paragraph& p : lines) {
        paged = paged || p.raw.find('\f') != std::string_view::npos;
        if (p.blank || p.indent == last) continue;
        last = p.indent;
        auto at = std::lower_bound(seen.begin(), seen.end(), last);
        if (at == seen.end() || *at != last) seen.insert(at, last);
    }
    return seen;
}

} // namespace

void snap_indents(std::vector<Paragraph>& lines) {
    bool paged = false; // form feeds: a layout engine's pages, never markdown
    std::vector<int> seen = distinct_indents(lines, paged);
    int from = paged ? 0 : kLayoutIndent;  // a page set one column left: 0 and 1 are one
    std::vector<int> snapped(seen.size()); // seen[i] becomes snapped[i]
    for (std::size_t i = 0; i < seen.size(); ++i)
        snapped[i] =
            i > 0 && seen[i - 1] >= from && seen[i] - seen[i - 1] <= 1 ? snapped[i - 1] : seen[i];
    if (snapped == seen) return; // no indent moves (most files): the lines are not walked again
    for (Paragraph& p : lines)
        if (!p.blank)
            p.indent = snapped[static_cast<std::size_t>(
                std::lower_bound(seen.begin(), seen.end(), p.indent) - seen.begin())];
}

std::vector<Paragraph> reassemble(std::vector<Paragraph> lines, TextStore& storage,
                                  const OpensBlock& opens_block) {
    WrapProfile profile = wrap_profile(lines);
    snap_indents(lines);
    attach_bare_markers(lines, storage, profile, opens_block);
    std::size_t kept = 0; // in place, as above
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t end = i + 1;
        if (lines[i].blank) { // it has parted the paragraphs: no later stage reads it
            i = end;
            continue;
        }
        while (end < lines.size() &&
               continues(lines[i], lines[end - 1], lines[end], profile, opens_block))
            ++end;
        if (end > i + 1)
            lines[kept] = join(lines, i, end, storage);
        else if (kept != i)
            lines[kept] = std::move(lines[i]);
        ++kept;
        i = end;
    }
    lines.resize(kept);
    return lines;
}

} // namespace perr
