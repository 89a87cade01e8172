#include "parsers/pdf_page.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "parsers/signals.h"
#include "utilities/text.h"

namespace perr {
namespace {

std::size_t non_space(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += is_ascii_space(c) ? 0u : 1u;
    return n;
}

bool is_glyph_word(const std::string& w) {
    return !w.empty() && bullet_length(w + " ") == w.size();
}

bool same_line(const PdfLine& line, const PdfWord& w) {
    double middle = (w.top + w.bottom) / 2;
    double height = std::min(line.bottom - line.top, w.bottom - w.top);
    double line_middle = (line.top + line.bottom) / 2;
    return std::abs(middle - line_middle) <= height * 0.5 && w.x0 >= line.x1 - w.size;
}

class LineBuilder {
  public:
    void add(const PdfWord& w) {
        bool first = words_ == 0;
        if (first) {
            line_.x0 = w.x0;
            line_.top = w.top;
            line_.bottom = w.bottom;
        }
        if (words_ == 1) line_.second_x = w.x0;
        ++words_;
        line_.top = std::min(line_.top, w.top);
        line_.bottom = std::max(line_.bottom, w.bottom);
        line_.x1 = std::max(line_.x1, w.x1);
        if (first && is_glyph_word(w.text)) {
            line_.glyph = w.text;
            return;
        }
        if (line_.text.empty()) {
            line_.first_word_width = w.x1 - w.x0;
            line_.family = w.family;
        }
        if (!line_.text.empty() && (space_after_ || w.x0 - last_x1_ > w.size * 0.2))
            line_.text += ' ';
        line_.text += w.text;
        std::size_t n = non_space(w.text);
        line_.chars += n;
        if (w.bold) line_.bold_chars += n;
        if (w.italic) line_.italic_chars += n;
        chars_by_size_[std::round(w.size * 2) / 2] += n;
        space_after_ = w.space_after;
        last_x1_ = w.x1;
    }

    bool empty() const { return words_ == 0; }
    const PdfLine& line() const { return line_; }

    PdfLine finish() {
        line_.size = most_common(chars_by_size_);
        if (line_.second_x == 0) line_.second_x = line_.x0;
        PdfLine out = std::move(line_);
        *this = LineBuilder();
        return out;
    }

  private:
    PdfLine line_;
    std::size_t words_ = 0;
    bool space_after_ = true;
    double last_x1_ = 0;
    std::map<double, std::size_t> chars_by_size_;
};

bool name_has(std::string_view font_name, std::initializer_list<std::string_view> words) {
    std::string f = fold(font_name);
    for (std::string_view w : words)
        if (f.find(w) != std::string::npos) return true;
    return false;
}

// A glyph alone on its line goes to the line of text beside it, to its
// right and at the same height, that has no glyph yet.
void attach_bare_glyphs(std::vector<PdfLine>& lines) {
    std::vector<bool> moved(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        PdfLine& bare = lines[i];
        if (bare.glyph.empty() || !bare.text.empty()) continue;
        double middle = (bare.top + bare.bottom) / 2;
        for (std::size_t j = 0; j < lines.size(); ++j) {
            PdfLine& l = lines[j];
            if (j == i || moved[j] || !l.glyph.empty() || l.text.empty() || l.x0 < bare.x1)
                continue;
            if (middle < l.top || middle > l.bottom) continue;
            l.glyph = bare.glyph;
            l.second_x = l.x0;
            l.x0 = bare.x0;
            moved[i] = true;
            break;
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!moved[i]) {
            if (kept != i) lines[kept] = std::move(lines[i]);
            ++kept;
        }
    lines.resize(kept);
}

} // namespace

std::vector<PdfLine> group_lines(const std::vector<PdfWord>& words) {
    std::vector<PdfLine> lines;
    LineBuilder current;
    for (const PdfWord& w : words) {
        if (trim(w.text).empty()) continue;
        if (!current.empty() && !same_line(current.line(), w)) lines.push_back(current.finish());
        current.add(w);
    }
    if (!current.empty()) lines.push_back(current.finish());
    attach_bare_glyphs(lines);
    return lines;
}

std::string font_family(std::string_view font_name) {
    std::size_t plus = font_name.find('+');
    if (plus == 6) font_name.remove_prefix(7); // "ABCDEF+": a subset's tag
    return std::string(font_name.substr(0, font_name.find_first_of("-,")));
}

bool font_is_bold(std::string_view font_name) {
    return name_has(font_name, {"bold", "black", "heavy", "semibold", "demi"});
}

bool font_is_italic(std::string_view font_name) {
    return name_has(font_name, {"italic", "oblique"});
}

} // namespace perr
