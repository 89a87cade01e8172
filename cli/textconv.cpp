#include "cli/textconv.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "parsers/ingest.h"
#include "schema/flat_writers.h"

namespace perr {

int run_textconv(const std::string& input, std::optional<Layout> layout, std::uint64_t max_bytes) {
    std::string bytes;
    if (auto read = read_input(input, bytes, max_bytes); !read) {
        const Error* err = &read.error();
        std::cerr << error_line(input, err->message);
        return to_int(ExitCode::failure);
    }
    Ingester ingester;
    auto outcome = ingester.ingest(bytes, IngestOptions{input, layout, false});
    if (auto* result = (outcome.ok() ? &outcome.value() : nullptr))
        std::cout << render_markdown_outline(result->document);
    else
        std::cout << bytes; // not a protocol: git shows it as it is
    std::cout.flush();
    return to_int(std::cout ? ExitCode::ok : ExitCode::failure); // main names the failure
}

} // namespace perr
