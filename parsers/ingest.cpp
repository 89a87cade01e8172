#include "parsers/ingest.h"

#include <array>

#include "parsers/classify.h"
#include "parsers/container_formats.h"
#include "parsers/html_fragment.h"
#include "parsers/kind_pass.h"
#include "parsers/line_lexer.h"
#include "parsers/office_reader.h"
#include "parsers/readers.h"
#include "parsers/text_quality.h"
#include "parsers/tree_builder.h"
#include "utilities/decode.h"
#include "utilities/sha256.h"
#include "utilities/text.h"

namespace perr {
namespace {

bool has_programme(const std::vector<Node>& nodes) {
    for (const Node& n : nodes)
        if (is_programme_kind(n.kind) || has_programme(n.children)) return true;
    return false;
}

// A text with nodes but none of the domain's words is not a protocol
// (a README's numbered list, a configuration file's sections). The first
// megabyte is folded a slice at a time: a protocol names its subject early,
// so most texts are decided on their first slice.
bool speaks_of_city_policy(std::string_view text) {
    constexpr std::size_t kSlice = 16 << 10;
    constexpr std::size_t kOverlap = 64; // a word cut by a slice's end is whole in the next
    text = text.substr(0, 1 << 20);
    for (std::size_t at = 0; at < text.size(); at += kSlice) {
        std::size_t from = at < kOverlap ? 0 : at - kOverlap;
        std::string f = fold(text.substr(from, at + kSlice - from));
        static constexpr std::array<std::string_view, 8> kWords{
            "quartier", "contrat de ville", "protocole",  "politique de la ville",
            "qpv",      "objectif",         "engagement", "axe "};
        for (std::string_view w : kWords)
            if (f.find(w) != std::string::npos) return true;
    }
    return false;
}

// 1-based line of the first occurrence of `what` in `text`; 0 if none.
int line_of_first(std::string_view text, std::string_view what) {
    std::size_t at = text.find(what);
    if (at == std::string_view::npos) return 0;
    return 1 + static_cast<int>(count_byte(text.substr(0, at), '\n'));
}

// Garbled lines among good ones (a PDF font with a broken encoding) carry
// nothing a node could hold: they are left out, and said, by line.
std::optional<Diagnostic> drop_garbled(std::vector<Paragraph>& paragraphs) {
    std::vector<int> lines;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        Paragraph& p = paragraphs[i];
        if (!p.blank && looks_garbled_line(p.text)) {
            lines.push_back(p.number);
            if (p.cell_start == CellStart::none) continue;
            p = cell_start_only(p.number, p.cell_start);
        }
        if (kept != i) paragraphs[kept] = std::move(p);
        ++kept;
    }
    paragraphs.resize(kept);
    if (lines.empty()) return std::nullopt;
    std::string listed;
    for (std::size_t i = 0; i < lines.size() && i < 10; ++i)
        listed += (i > 0 ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > 10) listed += ", …";
    return Diagnostic{WarningKind::garbled_lines, lines.front(),
                      std::to_string(lines.size()) +
                          " line(s) look garbled (a broken font encoding?) and "
                          "were left out: lines " +
                          listed};
}

} // namespace

// Built before any worker thread starts: the place to initialise libxml2.
Ingester::Ingester() : metadata_(vocab_) {
    init_html_parsing();
    init_pdf_reading();
}

namespace {

void release(std::string* owner) {
    if (owner != nullptr) std::string().swap(*owner);
}

} // namespace

Result<IngestResult> Ingester::ingest(std::string_view bytes, const IngestOptions& options) const {
    return ingest_bytes(bytes, options, nullptr);
}

Result<IngestResult> Ingester::ingest_owned(std::string bytes, const IngestOptions& options) const {
    return ingest_bytes(bytes, options, &bytes);
}

Result<IngestResult> Ingester::ingest_bytes(std::string_view bytes, const IngestOptions& options,
                                            std::string* owner) const {
    std::optional<Layout> office = detect_office_layout(bytes);
    if (options.layout && is_binary_layout(*options.layout)) office = options.layout;
    if (office && (!options.layout || options.layout == office))
        return ingest_office(bytes, *office, options, owner);
    if (auto readable = check_not_container(bytes, options.path); !readable)
        return readable.error();
    std::size_t size = bytes.size();
    std::string sha256 = sha256_hex(bytes);
    // Owned bytes become the text in their own buffer: `bytes` is not read again.
    auto decoded = owner != nullptr ? decode_owned(std::move(*owner)) : decode(bytes);
    if (!decoded) return decoded.error();
    DecodedText& text = decoded.value();
    if (auto language = check_not_garbled(text.text); !language) return language.error();

    IngestResult result;
    // Not value_or: its argument, a pass over the whole text, would run anyway.
    Layout layout = options.layout ? *options.layout : detect_layout(text.text);
    result.document.source = {
        options.path, std::move(sha256), std::string(layout_name(layout)), text.encoding, size, {}};
    if (text.replaced > 0)
        result.warnings.push_back(
            {WarningKind::bytes_replaced, line_of_first(text.text, "\xEF\xBF\xBD"),
             std::to_string(text.replaced) + " invalid byte sequence(s) replaced by U+FFFD"});
    if (text.legacy_lines > 0) // read, not replaced: said, as the text may still be wrong
        result.warnings.push_back({WarningKind::legacy_lines, text.first_legacy_line,
                                   std::to_string(text.legacy_lines) +
                                       " line(s) not in UTF-8 read as " + text.legacy_charset +
                                       " (the first here)"});

    auto read = read_layout(layout, text.text, vocab_);
    if (!read) return read.error();
    return structure(std::move(result), std::move(read).value(), layout, text.text, options);
}

Result<IngestResult> Ingester::ingest_office(std::string_view bytes, Layout layout,
                                             const IngestOptions& options,
                                             std::string* owner) const {
    OfficeRead read = read_office(layout, bytes);
    if (!read) return read.error();
    std::string sha256 = sha256_hex(bytes);
    std::size_t size = bytes.size();
    release(owner); // `bytes` is not read again
    ParagraphDocument& doc = read.value();
    std::string text;
    for (const Paragraph& p : doc.paragraphs) {
        text += p.raw;
        text += '\n';
    }
    if (doc.paragraphs.empty()) return Error{ErrorKind::empty, "no text in the document"};
    if (auto language = check_not_garbled(text); !language) return language.error();
    IngestResult result;
    result.document.source = {
        options.path, std::move(sha256), std::string(layout_name(layout)), "binary", size, {}};
    return structure(std::move(result), std::move(doc), layout, text, options);
}

Result<IngestResult> Ingester::structure(IngestResult result, ParagraphDocument read, Layout layout,
                                         std::string& text, const IngestOptions& options) const {
    Document& doc = result.document;
    bool on_topic = speaks_of_city_policy(text);
    result.furniture_lines = read.furniture_lines;
    if (read.markup_errors > 0)
        result.warnings.push_back({WarningKind::markup_repaired, read.first_markup_error_line,
                                   std::to_string(read.markup_errors) +
                                       " HTML markup error(s) repaired (the first here)"});
    if (auto garbled = drop_garbled(read.paragraphs)) result.warnings.push_back(*garbled);
    std::vector<Block> blocks = classify_lines(read.paragraphs, layout, vocab_);
    std::map<std::string, int> claim_lines;
    // Before the tree: the lines can then go before it is nested.
    metadata_.read(blocks, doc, &claim_lines);
    LevelPlan plan = plan_from_claims(doc.claims);
    NodeArena outline = build_outline(blocks, plan, vocab_);
    std::vector<Block>().swap(blocks);
    std::vector<Paragraph>().swap(read.paragraphs);
    // The words are views of the decoded text and of the reader's store: each
    // is copied, then freed, in turn, so the two are not both held with the copies.
    own_words(outline, text);
    std::string().swap(text); // nothing views it now: freed before the tree is nested
    own_words(outline);
    read = ParagraphDocument(); // the store
    assign_kinds(outline, plan);
    doc.children = nest(std::move(outline));
    if (!has_programme(doc.children) || !on_topic) {
        static constexpr const char* kNoStructure =
            "no protocol structure found (no axe, objective or action): is this a PERR document?";
        if (!options.allow_empty) return Error{ErrorKind::no_structure, kNoStructure};
        result.warnings.push_back({WarningKind::no_structure, 0, kNoStructure});
    }
    assign_ids(doc);
    for (Diagnostic& d : check_claims(doc, claim_lines)) result.warnings.push_back(std::move(d));
    return result;
}

std::vector<Diagnostic> check_claims(const Document& doc,
                                     const std::map<std::string, int>& claim_lines) {
    std::vector<Diagnostic> out;
    for (const ClaimCheck& c : check_claims(doc.claims, count_kinds(doc))) {
        if (!c.known || c.holds()) continue;
        auto at = claim_lines.find(c.kind);
        out.push_back({WarningKind::claim_differs, at != claim_lines.end() ? at->second : 0,
                       "the text announces " + std::to_string(c.announced) + " " + c.kind +
                           " but the tree has " + std::to_string(c.counted)});
    }
    return out;
}

} // namespace perr
