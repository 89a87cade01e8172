// perr validate on arbitrary bytes, through the function the command runs
// per file: the JSON fast path (JSON and JSON Lines), the YAML loader with
// positions, the schema and the domain rules, and the placing of findings.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "schema/check_text.h"
#include "schema/schema_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::unique_ptr<perr::SchemaValidator> schema =
        std::move(perr::SchemaValidator::create(perr::schema_text())).value();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)perr::check_text(text, *schema);
    return 0;
}
