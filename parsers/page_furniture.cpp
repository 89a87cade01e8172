#include "parsers/page_furniture.h"

#include <map>
#include <set>

#include "utilities/text.h"

namespace perr {

// The line with every digit run written '0', folded: "Page 3 / 12" and
// "Page 4 / 12" share one key.
std::string repetition_key(std::string_view raw) {
    std::string key;
    bool digit = false;
    for (char c : fold(trim(raw))) {
        if (is_ascii_digit(c)) {
            if (!digit) key += '0';
            digit = true;
            continue;
        }
        digit = false;
        if (!is_ascii_space(c) || (!key.empty() && key.back() != ' ')) key += c;
    }
    return key;
}

namespace {

bool has_form_feed(const Paragraph& p) {
    return p.raw.find('\f') != std::string_view::npos;
}

// Indices of the first and last `k` non-blank lines of each page.
std::vector<std::vector<std::size_t>> page_edges(const std::vector<Paragraph>& lines,
                                                 std::size_t k) {
    std::vector<std::vector<std::size_t>> pages(1);
    std::vector<std::size_t> body;
    auto close_page = [&] {
        for (std::size_t i = 0; i < body.size(); ++i)
            if (i < k || i + k >= body.size()) pages.back().push_back(body[i]);
        body.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (has_form_feed(lines[i])) {
            close_page();
            pages.emplace_back();
        }
        if (!lines[i].blank) body.push_back(i);
    }
    close_page();
    return pages;
}

// With form feeds: a line at a page's edge whose key recurs at the edges
// of at least half of the pages (and two) is a running header or footer.
// A repeated label ("Objectifs :") may open pages by chance, but it also
// stands inside pages, which furniture never does. The first page's edges
// count (a two-page file has no other witness) but are never dropped nor
// read as "inside", as a header often repeats the title the page holds.
void mark_running_lines(const std::vector<Paragraph>& lines, std::vector<bool>& drop) {
    auto pages = page_edges(lines, 2);
    if (pages.size() < 2) return;
    std::vector<bool> at_edge(lines.size(), false);
    std::map<std::string, std::size_t> pages_with;
    for (std::size_t k = 0; k < pages.size(); ++k) {
        std::set<std::string> once;
        for (std::size_t i : pages[k]) {
            at_edge[i] = k > 0;
            once.insert(repetition_key(lines[i].raw));
        }
        for (const std::string& key : once) ++pages_with[key];
    }
    std::set<std::string> inside;
    std::size_t first_break = pages[1].empty() ? lines.size() : pages[1].front();
    for (std::size_t i = first_break; i < lines.size(); ++i)
        if (!lines[i].blank && !at_edge[i]) inside.insert(repetition_key(lines[i].raw));
    std::size_t need = std::max<std::size_t>(2, pages.size() / 2);
    for (std::size_t k = 1; k < pages.size(); ++k)
        for (std::size_t i : pages[k]) {
            std::string key = repetition_key(lines[i].raw);
            if (pages_with[key] >= need && !inside.count(key)) drop[i] = true;
        }
}

// Without form feeds: a line set apart by blank lines, holding a number
// that changes (a page's) where its key recurs three times or more, or
// naming its page.
void mark_repeated_numbered_lines(const std::vector<Paragraph>& lines, std::vector<bool>& drop) {
    auto apart = [&](std::size_t i) {
        bool before = i == 0 || lines[i - 1].blank;
        bool after = i + 1 == lines.size() || lines[i + 1].blank;
        return before && after && !lines[i].blank;
    };
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!apart(i) || lines[i].raw.size() > 200) continue;
        // A key holds '0' only for an ASCII digit of the line (folding makes
        // none of any other character): most lines are not keyed at all.
        if (count_ascii_digits(lines[i].raw, 1) == 0) continue;
        std::string key = repetition_key(lines[i].raw);
        if (key.find('0') != std::string::npos) by_key[key].push_back(i);
    }
    // "Titre du document - page 3" names itself: once is enough.
    auto names_page = [](const std::string& key) {
        for (std::string_view end : {"page 0", "page 0/0", "page 0 / 0", "page 0 sur 0"})
            if (key.ends_with(end)) return true;
        return false;
    };
    // A heading repeated in each part of a file ("AXE 1 - Emploi") keeps its
    // number; a running footer's page number changes.
    auto numbers_change = [&](const std::vector<std::size_t>& where) {
        for (std::size_t i : where)
            if (trim(lines[i].raw) != trim(lines[where.front()].raw)) return true;
        return false;
    };
    for (const auto& [key, where] : by_key)
        if ((where.size() >= 3 && numbers_change(where)) || names_page(key))
            for (std::size_t i : where) drop[i] = true;
}

} // namespace

bool is_page_number(std::string_view line) {
    // A page number ends in a digit or a dash. Folding keeps an ASCII byte
    // (but for its case), so a line ending in any other ASCII byte ("… du
    // quartier.", most lines) is none, and is not folded to be told so.
    std::string_view t = trim(line);
    if (t.empty()) return false;
    if (auto last = static_cast<unsigned char>(t.back());
        last < 0x80 && !is_ascii_digit(t.back()) && t.back() != '-')
        return false;
    std::string f = fold(t);
    std::string_view s = f;
    auto skip = [&](std::string_view w) {
        if (s.starts_with(w)) s = trim(s.substr(w.size()));
    };
    auto digits = [&] {
        std::size_t n = 0;
        while (n < s.size() && is_ascii_digit(s[n])) ++n;
        s = trim(s.substr(n));
        return n > 0 && n <= 4;
    };
    skip("page");
    skip("p.");
    skip("-");
    if (!digits()) return false;
    if (s.starts_with("/") || s.starts_with("sur ") || s.starts_with("of ")) {
        s = trim(s.substr(s.front() == '/' ? 1 : 3));
        if (!digits()) return false;
    }
    skip("-");
    return s.empty();
}

int remove_page_furniture(std::vector<Paragraph>& lines) {
    std::vector<bool> drop(lines.size(), false);
    bool paged = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        paged = paged || has_form_feed(lines[i]);
        if (!lines[i].blank && is_page_number(lines[i].raw)) drop[i] = true;
    }
    if (paged)
        mark_running_lines(lines, drop);
    else
        mark_repeated_numbered_lines(lines, drop);
    int removed = 0;
    std::vector<bool> gap(lines.size(), false); // blank lines that only framed furniture
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!drop[i]) continue;
        ++removed;
        if (i > 0 && lines[i - 1].blank) gap[i - 1] = true;
        if (i + 1 < lines.size() && lines[i + 1].blank) gap[i + 1] = true;
    }
    if (removed == 0) return 0;
    std::size_t kept = 0; // compacted in place: no second vector of lines
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!drop[i] && !gap[i] && kept++ != i) lines[kept - 1] = std::move(lines[i]);
    lines.resize(kept);
    return removed;
}

} // namespace perr
