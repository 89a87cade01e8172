#include "parsers/ingest.h"

#include <algorithm>

#include "parsers/classify.h"
#include "parsers/container_formats.h"
#include "parsers/decode.h"
#include "parsers/html_fragment.h"
#include "parsers/line_lexer.h"
#include "parsers/office_reader.h"
#include "parsers/readers.h"
#include "parsers/sha256.h"
#include "parsers/text.h"
#include "parsers/text_quality.h"
#include "parsers/tree_builder.h"

namespace perr {
namespace {

bool has_programme(const std::vector<Node>& nodes) {
    for (const Node& n : nodes)
        if (is_programme_kind(n.kind) || has_programme(n.children)) return true;
    return false;
}

// A text with nodes but none of the domain's words is not a protocol
// (a README's numbered list, a configuration file's sections).
bool speaks_of_city_policy(std::string_view text) {
    std::string f = fold(text.substr(0, 1 << 20));
    for (std::string_view w : {"quartier", "contrat de ville", "protocole", "politique de la ville",
                               "qpv", "objectif", "engagement", "axe "})
        if (f.find(w) != std::string::npos) return true;
    return false;
}

// 1-based line of the first occurrence of `what` in `text`; 0 if none.
int line_of_first(std::string_view text, std::string_view what) {
    std::size_t at = text.find(what);
    if (at == std::string_view::npos) return 0;
    return 1 + static_cast<int>(
                   std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// Garbled lines among good ones (a PDF font with a broken encoding) carry
// nothing a node could hold: they are left out, and said, by line.
std::optional<Diagnostic> drop_garbled(std::vector<Paragraph>& paragraphs) {
    std::vector<int> lines;
    std::erase_if(paragraphs, [&](const Paragraph& p) {
        bool garbled = !p.blank && looks_garbled_line(p.text);
        if (garbled) lines.push_back(p.number);
        return garbled;
    });
    if (lines.empty()) return std::nullopt;
    std::string listed;
    for (std::size_t i = 0; i < lines.size() && i < 10; ++i)
        listed += (i > 0 ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > 10) listed += ", …";
    return Diagnostic{lines.front(), std::to_string(lines.size()) +
                                         " line(s) look garbled (a broken font encoding?) and "
                                         "were left out: lines " +
                                         listed};
}

IngestError decode_failure(const DecodeError& e) {
    return {e.kind == DecodeErrorKind::empty ? IngestErrorKind::empty : IngestErrorKind::binary,
            e.message};
}

} // namespace

// Built before any worker thread starts: the place to initialise libxml2
// (and poppler, by pdf_reading_).
Ingester::Ingester() : metadata_(vocab_) {
    init_html_parsing();
}

std::variant<IngestResult, IngestError> Ingester::ingest(std::string_view bytes,
                                                         const IngestOptions& options) const {
    std::optional<Layout> office = detect_office_layout(bytes);
    if (options.layout && is_binary_layout(*options.layout)) office = options.layout;
    if (office && (!options.layout || options.layout == office))
        return ingest_office(bytes, *office, options);
    if (auto why = unreadable_container(bytes, options.path))
        return IngestError{IngestErrorKind::binary, *why};
    auto decoded = decode(bytes);
    if (auto* err = std::get_if<DecodeError>(&decoded)) return decode_failure(*err);
    const DecodedText& text = std::get<DecodedText>(decoded);
    if (auto reason = garbled_text_reason(text.text))
        return IngestError{IngestErrorKind::garbled, *reason};

    IngestResult result;
    Layout layout = options.layout.value_or(detect_layout(text.text));
    result.document.source = {options.path,  sha256_hex(bytes), std::string(layout_name(layout)),
                              text.encoding, bytes.size(),      {}};
    if (text.replaced > 0)
        result.warnings.push_back(
            {line_of_first(text.text, "\xEF\xBF\xBD"),
             std::to_string(text.replaced) + " invalid byte sequence(s) replaced by U+FFFD"});
    if (text.legacy_lines > 0) // read, not replaced: said, as the text may still be wrong
        result.warnings.push_back({text.first_legacy_line, std::to_string(text.legacy_lines) +
                                                               " line(s) not in UTF-8 read as " +
                                                               text.legacy_charset +
                                                               " (the first here)"});

    ParagraphDocument read = read_layout(layout, text.text, vocab_);
    if (!read.refusal.empty()) return IngestError{IngestErrorKind::too_deep, read.refusal};
    return structure(std::move(result), std::move(read), layout, text.text, options);
}

std::variant<IngestResult, IngestError>
Ingester::ingest_office(std::string_view bytes, Layout layout, const IngestOptions& options) const {
    OfficeRead read = read_office(layout, bytes);
    if (auto* why = std::get_if<std::string>(&read))
        return IngestError{IngestErrorKind::unreadable, *why};
    ParagraphDocument& doc = std::get<ParagraphDocument>(read);
    std::string text;
    for (const Paragraph& p : doc.paragraphs) {
        text += p.raw;
        text += '\n';
    }
    if (doc.paragraphs.empty())
        return IngestError{IngestErrorKind::empty, "no text in the document"};
    if (auto reason = garbled_text_reason(text))
        return IngestError{IngestErrorKind::garbled, *reason};
    IngestResult result;
    result.document.source = {options.path, sha256_hex(bytes), std::string(layout_name(layout)),
                              "binary",     bytes.size(),      {}};
    return structure(std::move(result), std::move(doc), layout, text, options);
}

std::variant<IngestResult, IngestError> Ingester::structure(IngestResult result,
                                                            ParagraphDocument read, Layout layout,
                                                            std::string_view text,
                                                            const IngestOptions& options) const {
    Document& doc = result.document;
    result.furniture_lines = read.furniture_lines;
    if (read.markup_errors > 0)
        result.warnings.push_back(
            {read.first_markup_error_line, std::to_string(read.markup_errors) +
                                               " HTML markup error(s) repaired (the first here)"});
    if (auto garbled = drop_garbled(read.paragraphs)) result.warnings.push_back(*garbled);
    std::vector<Block> blocks = classify_lines(read.paragraphs, layout, vocab_);
    std::map<std::string, int> claim_lines;
    doc.claims = metadata_.claims(blocks, &claim_lines);
    doc.children = assign_levels(blocks, plan_from_claims(doc.claims), vocab_);
    if (!has_programme(doc.children) || !speaks_of_city_policy(text)) {
        static constexpr const char* kNoStructure =
            "no protocol structure found (no axe, objective or action): is this a PERR document?";
        if (!options.allow_empty) return IngestError{IngestErrorKind::no_structure, kNoStructure};
        result.warnings.push_back({0, kNoStructure});
    }
    metadata_.read(blocks, doc);
    assign_ids(doc);
    for (Diagnostic& d : check_claims(doc, claim_lines)) result.warnings.push_back(std::move(d));
    return result;
}

std::vector<Diagnostic> check_claims(const Document& doc,
                                     const std::map<std::string, int>& claim_lines) {
    std::vector<Diagnostic> out;
    auto counts = count_kinds(doc);
    for (const auto& [name, claimed] : doc.claims) {
        auto kind = kind_from_name(name);
        if (!kind) continue;
        int actual = counts[static_cast<std::size_t>(*kind)];
        auto at = claim_lines.find(name);
        if (actual != claimed)
            out.push_back({at != claim_lines.end() ? at->second : 0,
                           "the text announces " + std::to_string(claimed) + " " + name +
                               " but the tree has " + std::to_string(actual)});
    }
    return out;
}

} // namespace perr
