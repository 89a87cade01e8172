#include "diff/metadata_changes.h"

#include <set>

namespace perr {
namespace {

void metadata_change(std::vector<Change>& out, const std::string& field, const std::string& before,
                     const std::string& after) {
    if (before == after) return;
    out.push_back(
        {ChangeType::metadata, {}, {}, 1.0, {}, {}, 0, field, before, after, "(metadata)"});
}

std::string period_text(const Document& d) {
    return d.period ? std::to_string(d.period->start) + "-" + std::to_string(d.period->end) : "";
}

template <typename T, typename F>
void set_changes(std::vector<Change>& out, const std::string& field, const std::vector<T>& before,
                 const std::vector<T>& after, F text) {
    std::multiset<std::string> x, y;
    for (const T& v : before) x.insert(text(v));
    for (const T& v : after) y.insert(text(v));
    for (const std::string& v : x)
        if (!y.count(v)) metadata_change(out, field, v, "");
    for (const std::string& v : y)
        if (!x.count(v)) metadata_change(out, field, "", v);
}

} // namespace

void report_metadata(const Document& a, const Document& b, std::vector<Change>& out) {
    metadata_change(out, "title", a.title, b.title);
    metadata_change(out, "territory", a.territory, b.territory);
    metadata_change(out, "period", period_text(a), period_text(b));
    set_changes(out, "date", a.dates, b.dates,
                [](const DateEntry& d) { return d.date + " " + d.role; });
    set_changes(out, "signatory", a.signatories, b.signatories,
                [](const Signatory& s) { return s.role + " | " + s.name; });
}

} // namespace perr
