#include "utilities/result.h"

namespace perr {

std::string format_error(const Error& e, std::string_view severity) {
    std::string out = e.file;
    if (!out.empty() && e.line > 0) {
        out += ':' + std::to_string(e.line);
        if (e.column > 0) out += ':' + std::to_string(e.column);
    }
    if (!out.empty()) out += ": ";
    out += severity;
    out += ": ";
    out += e.message;
    return out;
}

} // namespace perr
