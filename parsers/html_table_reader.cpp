// The html-table layout: a PDF converted to table rows, one row per line,
// cells separated by a TAB, each cell an HTML fragment whose bullets are
// glyphs in the text; "--<TAB>--" lines end a table; markdown runs appear
// between rows where the converter crossed a page break.
#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "parsers/html_fragment.h"
#include "parsers/readers.h"
#include "utilities/regex.h"
#include "utilities/text.h"

namespace perr {
namespace {

bool is_table_end(std::string_view raw) {
    std::string_view t = trim(raw);
    std::size_t tab = t.find('\t');
    if (tab == std::string_view::npos || tab < 2) return false;
    for (char c : t)
        if (c != '-' && c != '\t' && c != ' ') return false;
    return true;
}

bool has_markup(std::string_view raw) {
    for (std::string_view tag :
         {"<p", "<ul", "<li", "<i>", "<u>", "<small", "<br", "<b>", "<div", "<table"})
        if (raw.find(tag) != std::string_view::npos) return true;
    return false;
}

bool is_dash(char32_t cp) {
    return cp == '-' || cp == 0x2013 || cp == 0x2014;
}

// A dash is a bullet when it stands between spaces (or after ';') and a
// capital follows: "… du travail - Travailler …", "… décrochage ;- Améliorer".
bool dash_is_bullet(std::string_view s, std::size_t at, std::size_t after) {
    char prev = at == 0 ? ' ' : s[at - 1];
    if (prev != ' ' && prev != ';') return false;
    if (after >= s.size() || s[after] != ' ') return false;
    std::size_t i = after;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) return false;
    return u_isupper(static_cast<UChar32>(next_code_point(s, i))) != 0;
}

// Byte offsets where a new item starts inside one block of a cell.
std::vector<std::size_t> item_starts(std::string_view s) {
    std::vector<std::size_t> starts{0};
    std::size_t i = 0;
    if (!s.empty()) next_code_point(s, i); // the first item starts at 0 anyway
    while (i < s.size()) {
        // ASCII but '-' is neither a bullet nor a dash: skipped undecoded.
        if (static_cast<unsigned char>(s[i]) < 0x80 && s[i] != '-') {
            ++i;
            continue;
        }
        std::size_t at = i;
        char32_t cp = next_code_point(s, i);
        if (is_bullet_code_point(cp) || (is_dash(cp) && dash_is_bullet(s, at, i)))
            starts.push_back(at);
    }
    return starts;
}

// Emphasis of an item's own words: its marker glyph is never styled.
Emphasis emphasis_of(const HtmlBlock& b, std::size_t begin, std::size_t end,
                     const Paragraph& line) {
    std::size_t skip = 0;
    if (!line.marker.empty()) {
        std::size_t i = begin;
        next_code_point(b.text, i);
        skip = i - begin;
    }
    if (mostly_covered(b.italic, b.text, begin, end, skip)) return Emphasis::italic;
    if (mostly_covered(b.bold, b.text, begin, end, skip)) return Emphasis::bold;
    return Emphasis::plain;
}

class CellReader {
  public:
    CellReader(ParagraphDocument& doc, int number, CellStart start)
        : doc_(doc), number_(number), start_(start) {}

    void read(std::string_view html, HtmlFragmentParser& parser) {
        HtmlText parsed = parser.blocks(html, false);
        doc_.markup_errors += parsed.errors;
        if (parsed.errors > 0 && doc_.first_markup_error_line == 0) // a cell is on its row's line
            doc_.first_markup_error_line = number_ + std::max(parsed.first_error_line, 1) - 1;
        if (parsed.too_deep_line > 0 && doc_.refusal.empty())
            doc_.refusal = html_too_deep_message(number_ + parsed.too_deep_line - 1);
        for (const HtmlBlock& b : parsed.blocks) read_block(b);
        if (start_ != CellStart::none) doc_.paragraphs.push_back(cell_start_only(number_, start_));
    }

  private:
    void read_block(const HtmlBlock& b) {
        auto starts = item_starts(b.text);
        starts.push_back(b.text.size());
        for (std::size_t k = 0; k + 1 < starts.size(); ++k)
            read_segment(b, starts[k], starts[k + 1]);
    }

    // One item (or paragraph). A plain head followed by an italic tail is
    // an item with a comment: "○ <u>Focus …</u> <i>Voir la thématique …</i>".
    void read_segment(const HtmlBlock& b, std::size_t begin, std::size_t end) {
        std::string_view s = std::string_view(b.text).substr(begin, end - begin);
        if (trim(s).empty()) return;
        std::size_t tail = italic_tail(b, begin, end);
        if (tail > begin && tail < end) {
            emit(b, begin, tail);
            emit(b, tail, end);
        } else {
            emit(b, begin, end);
        }
    }

    // Where an italic comment starts after plain words, or `end`.
    static std::size_t italic_tail(const HtmlBlock& b, std::size_t begin, std::size_t end) {
        auto it =
            std::lower_bound(b.italic.begin(), b.italic.end(), begin,
                             [](const TextSpan& sp, std::size_t pos) { return sp.end <= pos; });
        if (it == b.italic.end() || it->begin <= begin || it->begin >= end) return end;
        // The plain head must hold words, not only the bullet: "✓ <i>…</i>" is an italic item.
        std::string_view head = trim(std::string_view(b.text).substr(begin, it->begin - begin));
        std::size_t i = 0;
        if (!head.empty() &&
            (is_bullet_code_point(next_code_point(head, i)) || head.front() == '-'))
            head = trim(head.substr(i));
        if (head.size() < 3) return end;
        return mostly_covered(b.italic, b.text, it->begin, end) ? it->begin : end;
    }

    void emit(const HtmlBlock& b, std::size_t begin, std::size_t end) {
        std::string_view seg = std::string_view(b.text).substr(begin, end - begin);
        std::string_view s = trim(seg);
        if (s.empty()) return;
        Paragraph& line = doc_.add(s, number_);
        line.cell_start = std::exchange(start_, CellStart::none); // the cell's first paragraph
        line.emphasis =
            emphasis_of(b, begin + static_cast<std::size_t>(s.data() - seg.data()), end, line);
    }

    ParagraphDocument& doc_;
    int number_;
    CellStart start_;
};

class TableReader {
  public:
    explicit TableReader(ParagraphDocument& doc)
        : doc_(doc),
          header_(
              R"(^(?:.*?\s)?protocole\s+d['’]\s*engagements?\s+(?:renforc[ée]s\s+et\s+r[ée]ciproques|r[ée]ciproques\s+et\s+renforc[ée]s)\s+(\S.{0,80})$)") {
    }

    void read(std::string_view text) {
        int number = 0;
        for (std::string_view raw : Lines(text)) read_line(raw, ++number);
    }

  private:
    void read_line(std::string_view raw, int number) {
        if (trim(raw).empty()) {
            doc_.add(std::string(), number);
        } else if (is_table_end(raw)) {
            return; // a table's end holds nothing: the next row or run says what follows
        } else if (raw.find('\t') != std::string_view::npos || has_markup(raw)) {
            read_row(raw, number);
        } else {
            Paragraph line = lex_line(raw, number, doc_.storage); // a view into the decoded text
            line.in_run = true;
            doc_.paragraphs.push_back(std::move(line));
        }
    }

    // "Protocole d'Engagements Renforcés et Réciproques GRIGNY": the start of
    // one territory's part. Returns the territory's name, or "". Only a cell
    // holding "protocole" in some case can be one: the regex runs on those.
    std::string territory_header(std::string_view text) const {
        if (!contains_ascii_caseless(text, "protocole")) return {};
        auto m = header_.find(text);
        if (!m || !is_all_caps((*m)[1], 3)) return {};
        return title_case_name((*m)[1]);
    }

    void read_row(std::string_view raw, int number) {
        std::vector<std::string_view> cells;
        for (std::size_t start = 0;;) {
            std::size_t tab = raw.find('\t', start);
            cells.push_back(raw.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                            : tab - start));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        // Each cell's text, markup stripped once, into buffers kept from row
        // to row: a view of the cell where it holds no markup.
        if (buffers_.size() < cells.size()) buffers_.resize(cells.size());
        std::vector<std::string_view> texts;
        texts.reserve(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i)
            texts.push_back(strip_markup(cells[i], buffers_[i]));
        for (std::string_view text : texts) {
            std::string name = territory_header(text);
            if (name.empty()) continue;
            Paragraph& header = doc_.paragraphs.emplace_back();
            header.number = number;
            header.blank = false;
            header.territory_header = true;
            header.raw = doc_.storage.keep(text);
            header.text = doc_.storage.keep(name);
            return;
        }
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (texts[i].empty()) continue; // strip_markup trims: empty means blank
            CellStart start = i == 0 ? CellStart::heading_column : CellStart::content_column;
            CellReader(doc_, number, start).read(cells[i], parser_);
        }
    }

    ParagraphDocument& doc_;
    Regex header_;
    std::vector<std::string> buffers_;
    HtmlFragmentParser parser_; // one libxml2 context for every cell
};

} // namespace

ParagraphDocument read_html_table(std::string_view text) {
    ParagraphDocument doc;
    TableReader(doc).read(text);
    return doc;
}

} // namespace perr
