#include "diff/change_line.h"

#include <string_view>

namespace perr {
namespace {

constexpr const char* kGreen = "32";
constexpr const char* kRed = "31";
constexpr const char* kYellow = "33";
constexpr const char* kCyan = "36";

// Colour (text on a terminal) and escaping (markdown) of the pieces.
struct Writer {
    LineStyle style;
    std::string text(const std::string& s) const {
        return style.markdown ? markdown_escaped(s) : s;
    }
    std::string paint(const char* code, const std::string& s) const {
        return style.color ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
    }
    std::string quoted(const std::string& s) const { return "\u00AB " + text(s) + " \u00BB"; }
    std::string path(const std::vector<std::string>& path) const {
        std::string out;
        for (const std::string& p : path) out += (out.empty() ? "" : " \u203A ") + text(p);
        return out.empty() ? "(top level)" : out;
    }
    std::string words(const std::vector<WordOp>& ops) const {
        std::string out;
        for (const WordOp& w : ops) {
            if (!out.empty()) out += ' ';
            if (w.op == '=')
                out += text(w.text);
            else if (w.op == '-')
                out += paint(kRed, text("[-") + text(w.text) + text("-]"));
            else
                out += paint(kGreen, text("{+") + text(w.text) + text("+}"));
        }
        return out;
    }
    std::string number(const std::string& n) const { return n.empty() ? "(none)" : text(n); }
};

std::string added_or_removed(const Change& c, const Writer& w) {
    std::string below =
        c.descendants > 0 ? " (with " + std::to_string(c.descendants) + " below)" : "";
    if (c.type == ChangeType::added)
        return w.paint(kGreen, w.text("+") + " added " + c.new_node->kind + " " +
                                   w.quoted(c.new_node->title)) +
               below + "\n    under " + w.path(c.new_node->path);
    return w.paint(kRed, w.text("-") + " removed " + c.old_node->kind + " " +
                             w.quoted(c.old_node->title)) +
           below + "\n    was under " + w.path(c.old_node->path);
}

std::string moved(const Change& c, const Writer& w) {
    const NodeSide& o = *c.old_node;
    const NodeSide& n = *c.new_node;
    if (c.type == ChangeType::moved_reworded)
        return w.paint(kCyan, "\u2192 moved and reworded " + n.kind) + ": " + w.words(c.words) +
               "\n    from " + w.path(o.path) + "\n    to   " + w.path(n.path);
    std::string head = w.paint(kCyan, "\u2192 moved " + n.kind + " " + w.quoted(n.title));
    if (c.scope == "position") return head + " among its siblings\n    under " + w.path(n.path);
    return head + "\n    from " + w.path(o.path) + "\n    to   " + w.path(n.path);
}

std::string metadata(const Change& c, const Writer& w) {
    if (c.old_value.empty())
        return w.paint(kGreen, w.text("+") + " " + c.field + ": " + w.text(c.new_value));
    if (c.new_value.empty())
        return w.paint(kRed, w.text("-") + " " + c.field + ": " + w.text(c.old_value));
    return w.paint(kYellow, w.text("~") + " " + c.field + ": " + w.text(c.old_value) + " \u2192 " +
                                w.text(c.new_value));
}

} // namespace

std::string markdown_escaped(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        if (std::string_view("\\`*_{}[]<>()#+-.!|~").find(ch) != std::string_view::npos)
            out += '\\';
        out += ch;
    }
    return out;
}

std::string change_line(const Change& c, const LineStyle& style) {
    Writer w{style};
    switch (c.type) {
    case ChangeType::added:
    case ChangeType::removed:
        return added_or_removed(c, w);
    case ChangeType::reworded:
        return w.paint(kYellow, w.text("~") + " reworded " + c.new_node->kind) + ": " +
               w.words(c.words);
    case ChangeType::moved:
    case ChangeType::moved_reworded:
        return moved(c, w);
    case ChangeType::kind_changed:
        return w.paint(kYellow, w.text("~") + " kind changed " + c.old_node->kind + " \u2192 " +
                                    c.new_node->kind) +
               ": " + w.quoted(c.new_node->title);
    case ChangeType::number_changed:
        return w.paint(kYellow, w.text("~") + " renumbered " + c.new_node->kind + " " +
                                    w.number(c.old_node->number) + " \u2192 " +
                                    w.number(c.new_node->number)) +
               ": " + w.quoted(c.new_node->title);
    default:
        return metadata(c, w);
    }
}

} // namespace perr
