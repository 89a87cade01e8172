#include "parsers/signatures.h"

#include <array>
#include <string>

#include "parsers/line_lexer.h"
#include "utilities/text.h"

namespace perr {
namespace {

constexpr std::array<std::string_view, 16> kFunctions{
    "maire",      "prefet",       "prefete",    "president",  "presidente", "directeur",
    "directrice", "delegue",      "deleguee",   "recteur",    "rectrice",   "procureur",
    "adjoint",    "representant", "secretaire", "commissaire"};

struct Piece {
    std::string text;
    int line;
};

// Cells are TAB-separated; inside a cell each <p> is one piece. A cell
// without <p> is one piece.
void split_pieces(const SignatureLine& l, std::vector<Piece>& out) {
    std::size_t start = 0;
    while (start <= l.raw.size()) {
        std::size_t tab = l.raw.find('\t', start);
        std::string_view cell = l.raw.substr(
            start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        std::size_t p = cell.find("<p");
        if (p == std::string_view::npos) {
            std::string t = strip_markup(cell);
            if (!t.empty()) out.push_back({t, l.number});
        }
        while (p != std::string_view::npos) {
            std::size_t open_end = cell.find('>', p);
            if (open_end == std::string_view::npos) break;
            std::size_t close = cell.find("</p>", open_end);
            std::string t = strip_markup(cell.substr(open_end + 1, close == std::string_view::npos
                                                                       ? std::string_view::npos
                                                                       : close - open_end - 1));
            if (!t.empty()) out.push_back({t, l.number});
            p = close == std::string_view::npos ? close : cell.find("<p", close);
        }
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
}

std::string clean_role(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':'))
        s = trim(s.substr(0, s.size() - 1));
    return std::string(s);
}

} // namespace

bool is_signer_role(std::string_view piece) {
    std::string f = fold(piece);
    if (f.starts_with("date") || f.size() > 160) return false;
    for (std::string_view fn : kFunctions) {
        std::size_t at = f.find(fn);
        bool word_start = at != std::string::npos && (at == 0 || !is_ascii_alpha(f[at - 1]));
        if (word_start) return true;
    }
    return false;
}

bool is_person_name(std::string_view piece) {
    if (piece.empty() || piece.size() > 60 || is_signer_role(piece)) return false;
    int words = 1, caps_words = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= piece.size(); ++i) {
        if (i < piece.size() && is_ascii_digit(piece[i])) return false;
        if (i < piece.size() && (piece[i] == ':' || piece[i] == ',')) return false;
        if (i == piece.size() || piece[i] == ' ') {
            if (is_all_caps(piece.substr(start, i - start), 2)) ++caps_words;
            if (i < piece.size()) ++words;
            start = i + 1;
        }
    }
    return words >= 2 && words <= 6 && caps_words >= 1 && caps_words < words;
}

std::vector<Signatory> read_signatures(const std::vector<SignatureLine>& lines) {
    std::vector<Piece> pieces;
    for (const SignatureLine& l : lines) split_pieces(l, pieces);
    std::vector<Signatory> out;
    std::string role;
    for (const Piece& p : pieces) {
        if (is_signer_role(p.text)) {
            role = clean_role(p.text);
        } else if (is_person_name(p.text)) {
            out.push_back({role, p.text, p.line});
            role.clear();
        }
    }
    return out;
}

} // namespace perr
