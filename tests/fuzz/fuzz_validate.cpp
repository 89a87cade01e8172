// perr validate on arbitrary bytes, through the function the command runs
// per file: the JSON fast path (JSON and JSON Lines), the YAML loader with
// positions, the schema and the domain rules, and the placing of findings.
// Differential too: where simdjson's tape and the checked reader both read
// the bytes, the compiled schema and the domain rules must say the same on
// both (the fast path answers only for what the checked path would).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "schema/check_text.h"
#include "schema/compiled_schema.h"
#include "schema/json_reader.h"
#include "schema/json_view.h"
#include "schema/schema_text.h"

namespace {

bool same(const std::vector<perr::Finding>& a, const std::vector<perr::Finding>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].rule != b[i].rule || a[i].pointer != b[i].pointer || a[i].message != b[i].message)
            return false;
    return true;
}

void tape_against_tree(std::string_view text, const perr::CompiledSchema& compiled) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), true).get(root) != simdjson::SUCCESS) return;
    auto tree = perr::read_json(text);
    if (!tree) return;
    perr::TapeView tape(root);
    if (compiled.valid_on_tape(tape) != compiled.valid(*tree)) std::abort();
    if (!same(perr::check_domain_rules_on_tape(tape), perr::check_domain_rules(*tree)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::unique_ptr<perr::SchemaValidator> schema =
        std::move(perr::SchemaValidator::create(perr::schema_text())).value();
    static const perr::CompiledSchema compiled =
        std::move(*perr::CompiledSchema::compile(nlohmann::json::parse(perr::schema_text())));
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)perr::check_text(text, *schema);
    tape_against_tree(text, compiled);
    return 0;
}
