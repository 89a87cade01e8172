// Word-level diff of two titles: a longest common subsequence of words.
#include <algorithm>

#include "diff/tree_diff.h"

namespace perr {

std::vector<WordOp> diff_words(std::string_view old_text, std::string_view new_text) {
    auto split = [](std::string_view s) {
        std::vector<std::string> w;
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t e = s.find(' ', i);
            if (e == std::string_view::npos) e = s.size();
            if (e > i) w.emplace_back(s.substr(i, e - i));
            i = e + 1;
        }
        return w;
    };
    std::vector<std::string> x = split(old_text), y = split(new_text);
    if (x.size() * y.size() > 250000)
        return {{'-', std::string(old_text)}, {'+', std::string(new_text)}};
    std::vector<std::vector<int>> lcs(x.size() + 1, std::vector<int>(y.size() + 1, 0));
    for (std::size_t i = x.size(); i-- > 0;)
        for (std::size_t j = y.size(); j-- > 0;)
            lcs[i][j] =
                x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<WordOp> ops;
    auto push = [&](char op, const std::string& w) {
        if (!ops.empty() && ops.back().op == op)
            ops.back().text += " " + w;
        else
            ops.push_back({op, w});
    };
    std::size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        if (i < x.size() && j < y.size() && x[i] == y[j])
            push('=', x[i]), ++i, ++j;
        else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1]))
            push('-', x[i++]);
        else
            push('+', y[j++]);
    }
    return ops;
}

} // namespace perr
