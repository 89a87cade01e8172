// perr validate --schema: arbitrary bytes as the user's schema (checks
// before valijson, valijson's parser, the compiled fast path, PCRE2
// patterns), then a small export validated against it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "schema/check_text.h"
#include "schema/validator.h"

namespace {

constexpr std::string_view kExport =
    R"({"perr": 1, "source": {"path": "a.txt", "sha256": "0", "layout": "text",
 "encoding": "UTF-8", "bytes": 12}, "title": "Protocole", "territory": "Grigny", "dates": [{"date": "2020-02-30",
 "role": "signature", "line": 3}], "period": {"start": 2020, "end": 2022}, "signatories": [], "claims": {"axe": 2},
 "children": [{"id": "a1", "kind": "axe", "number": "1", "title": "Emploi aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "line": 4,
 "children": [{"id": "a1.oo1", "kind": "objectif_operationnel", "title": "Former", "line": 5}]},
 {"id": "x2", "kind": "texte", "text": "Prose", "line": 6}]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view schema_text(reinterpret_cast<const char*>(data), size);
    // refused: what --schema reports, exit 2
    if (auto schema = perr::SchemaValidator::create(schema_text))
        (void)perr::check_text(kExport, **schema);
    return 0;
}
