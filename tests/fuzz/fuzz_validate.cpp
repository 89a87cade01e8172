// The YAML/JSON loader and the validator on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "schema/positioned_json.h"
#include "schema/schema_text.h"
#include "schema/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const perr::SchemaValidator schema(perr::schema_text());
    std::string_view text(reinterpret_cast<const char*>(data), size);
    perr::LoadError error;
    if (auto doc = perr::load_positioned(text, error)) {
        (void)schema.validate(doc->value);
        (void)perr::check_domain_rules(doc->value);
    }
    (void)perr::locate_in_json(text, "/children/0/children/1/title");
    return 0;
}
