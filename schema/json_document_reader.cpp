#include "schema/json_document_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace perr {
namespace {

using json = nlohmann::json;

// What the JSON value being read is, in the document.
enum class Role {
    root,
    ignored,
    source,
    dates,
    date,
    period,
    signatories,
    signatory,
    claims,
    nodes,
    node
};

struct Frame {
    Role role;
    void* target = nullptr; // what the values go into (see Builder::open)
    std::string key;        // the current one
    unsigned seen = 0;      // the known keys seen: a duplicate is unusual
    std::string kind;       // node: its "kind", checked when the node ends
};

// The keys read in each kind of object (claims: any key).
std::span<const std::string_view> known_keys(Role role) {
    static constexpr std::string_view kRoot[] = {"perr",        "source", "title",
                                                 "territory",   "dates",  "period",
                                                 "signatories", "claims", "children"};
    static constexpr std::string_view kNode[] = {"id",   "kind", "number",  "title",
                                                 "text", "line", "children"};
    static constexpr std::string_view kSource[] = {"path", "sha256", "layout", "encoding", "url"};
    static constexpr std::string_view kDate[] = {"date", "role", "line"};
    static constexpr std::string_view kSignatory[] = {"role", "name", "line"};
    static constexpr std::string_view kPeriod[] = {"start", "end"};
    switch (role) {
    case Role::root:
        return kRoot;
    case Role::node:
        return kNode;
    case Role::source:
        return kSource;
    case Role::date:
        return kDate;
    case Role::signatory:
        return kSignatory;
    case Role::period:
        return kPeriod;
    default:
        return {};
    }
}

// The SAX handler. Every event returns false on anything unusual, which
// stops the parse; the caller then takes the general path.
class Builder {
  public:
    bool null() { return scalar(Scalar{}); }
    bool boolean(bool) { return scalar(Scalar{}); }
    bool number_integer(json::number_integer_t v) { return scalar(Scalar{true, v, nullptr}); }
    bool number_unsigned(json::number_unsigned_t v) {
        return scalar(Scalar{true, static_cast<json::number_integer_t>(v), nullptr});
    }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar(Scalar{}); }
    bool string(json::string_t& s) { return scalar(Scalar{false, 0, &s}); }
    bool binary(json::binary_t&) { return scalar(Scalar{}); }
    bool key(json::string_t& k);
    bool start_object(std::size_t);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        return false;
    }

    std::optional<Document> result();

  private:
    struct Scalar {
        bool is_integer = false;
        json::number_integer_t integer = 0;
        json::string_t* text = nullptr;
        std::string str() const { return text ? std::move(*text) : std::string(); }
        int number() const { return is_integer ? static_cast<int>(integer) : 0; }
    };

    bool scalar(const Scalar& v);
    bool set_root(const std::string& key, const Scalar& v);
    bool set_node(Frame& f, const Scalar& v);
    Role child_role(const Frame& parent, bool array) const;
    bool open(Role role);

    Document doc_;
    std::vector<Frame> stack_;
    int node_depth_ = 0;
    bool has_perr_ = false, has_children_ = false, done_ = false;
};

bool Builder::key(json::string_t& k) {
    Frame& f = stack_.back();
    if (f.role == Role::claims && doc_.claims.count(k)) return false; // the last one would win
    unsigned bit = 1;
    for (std::string_view known : known_keys(f.role)) {
        if (k == known) {
            if (f.seen & bit) return false;
            f.seen |= bit;
        }
        bit <<= 1;
    }
    if (f.role == Role::root && k == "perr") has_perr_ = true;
    f.key = std::move(k);
    return true;
}

bool Builder::set_root(const std::string& key, const Scalar& v) {
    if (key == "title") doc_.title = v.str();
    if (key == "territory") doc_.territory = v.str();
    return key != "children"; // children must be an array
}

bool Builder::set_node(Frame& f, const Scalar& v) {
    auto* node = static_cast<Node*>(f.target);
    if (f.key == "id") node->id = v.str();
    if (f.key == "kind") f.kind = v.str();
    if (f.key == "number") node->number = v.str();
    if (f.key == "title") node->title = v.str();
    if (f.key == "text") node->text = v.str();
    if (f.key == "line") node->line = v.number();
    return true;
}

// A scalar, or (with an empty Scalar) a container where a field expects one:
// the field then reads as empty or 0, as document_from_json reads it.
bool Builder::scalar(const Scalar& v) {
    Frame& f = stack_.back();
    switch (f.role) {
    case Role::root:
        return set_root(f.key, v);
    case Role::node:
        return set_node(f, v);
    case Role::source: {
        auto* s = static_cast<Source*>(f.target);
        for (auto [name, field] : {std::pair{"path", &s->path},
                                   {"sha256", &s->sha256},
                                   {"layout", &s->layout},
                                   {"encoding", &s->encoding},
                                   {"url", &s->url}})
            if (f.key == name) *field = v.str();
        return true;
    }
    case Role::date: {
        auto* d = static_cast<DateEntry*>(f.target);
        if (f.key == "date") d->date = v.str();
        if (f.key == "role") d->role = v.str();
        if (f.key == "line") d->line = v.number();
        return true;
    }
    case Role::signatory: {
        auto* s = static_cast<Signatory*>(f.target);
        if (f.key == "role") s->role = v.str();
        if (f.key == "name") s->name = v.str();
        if (f.key == "line") s->line = v.number();
        return true;
    }
    case Role::period: {
        auto* p = static_cast<Period*>(f.target);
        if (f.key == "start") p->start = v.number();
        if (f.key == "end") p->end = v.number();
        return true;
    }
    case Role::claims:
        if (v.is_integer) doc_.claims[f.key] = v.number();
        return true;
    default: // arrays take objects only; the rest is skipped
        return true;
    }
}

Role Builder::child_role(const Frame& parent, bool array) const {
    const std::string& k = parent.key;
    switch (parent.role) {
    case Role::root:
        if (array)
            return k == "dates"         ? Role::dates
                   : k == "signatories" ? Role::signatories
                   : k == "children"    ? Role::nodes
                                        : Role::ignored;
        return k == "source"   ? Role::source
               : k == "period" ? Role::period
               : k == "claims" ? Role::claims
                               : Role::ignored;
    case Role::node:
        return array && k == "children" ? Role::nodes : Role::ignored;
    case Role::dates:
        return array ? Role::ignored : Role::date;
    case Role::signatories:
        return array ? Role::ignored : Role::signatory;
    case Role::nodes:
        return array ? Role::ignored : Role::node;
    default:
        return Role::ignored;
    }
}

// Pushes the frame of a new object or array, creating what it reads into.
bool Builder::open(Role role) {
    Frame* parent = stack_.empty() ? nullptr : &stack_.back();
    if (parent && role == Role::ignored && !scalar(Scalar{})) return false;
    void* target = nullptr;
    switch (role) {
    case Role::source:
        doc_.source = Source{};
        target = &doc_.source;
        break;
    case Role::period:
        doc_.period = Period{};
        target = &*doc_.period;
        break;
    case Role::date:
        target = &doc_.dates.emplace_back();
        break;
    case Role::signatory:
        target = &doc_.signatories.emplace_back();
        break;
    case Role::nodes:
        if (parent->role == Role::root) has_children_ = true;
        if (node_depth_ > 256) return false; // document_from_json says so
        target = parent->role == Role::root ? &doc_.children
                                            : &static_cast<Node*>(parent->target)->children;
        break;
    case Role::node:
        target = &static_cast<std::vector<Node>*>(parent->target)->emplace_back();
        ++node_depth_;
        break;
    default:
        break;
    }
    stack_.push_back(Frame{role, target, {}, 0, {}});
    return true;
}

bool Builder::start_object(std::size_t) {
    if (stack_.empty()) return open(Role::root);
    return open(child_role(stack_.back(), false));
}

bool Builder::start_array(std::size_t) {
    if (stack_.empty()) return false; // a perr document is an object
    return open(child_role(stack_.back(), true));
}

bool Builder::end_object() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.role == Role::root) done_ = true;
    if (f.role != Role::node) return true;
    --node_depth_;
    auto kind = kind_from_name(f.kind);
    if (!kind) return false; // document_from_json names the node
    static_cast<Node*>(f.target)->kind = *kind;
    return true;
}

bool Builder::end_array() {
    stack_.pop_back();
    return true;
}

std::optional<Document> Builder::result() {
    if (!done_ || !has_perr_ || !has_children_) return std::nullopt;
    if (doc_.children.empty() || doc_.children.front().id.empty()) assign_ids(doc_);
    return std::move(doc_);
}

} // namespace

std::optional<Document> read_perr_json(std::string_view text) {
    Builder builder;
    if (!json::sax_parse(text.begin(), text.end(), &builder)) return std::nullopt;
    return builder.result();
}

} // namespace perr
