#include "fuzz_ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_ingest(data, size, perr::Layout::docx);
    return 0;
}
