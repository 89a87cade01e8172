// perr: PERR protocol documents -> normalized, checked data.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/diff_cmd.h"
#include "cli/docs_cmd.h"
#include "cli/exit_codes.h"
#include "cli/ingest_cmd.h"
#include "cli/messages.h"
#include "cli/option_text.h"
#include "cli/schema_cmd.h"
#include "cli/stats_cmd.h"
#include "cli/validate_cmd.h"
#include "schema/model.h"

namespace {

int run(int argc, char** argv) {
    CLI::App app{"perr: turns PERR protocol documents (text, web, markdown, HTML-table exports)\n"
                 "into one normalized tree with its metadata."};
    app.set_version_flag("-V,--version", std::string("perr ") + PERR_VERSION + " (format " +
                                             std::to_string(perr::kFormatVersion) + ")");
    app.formatter(
        std::make_shared<perr::SynopsisFormatter>()); // before the subcommands: they copy it
    app.require_subcommand(1);
    app.footer(perr::exit_codes_sentence("ingest")); // the commonest use
    int exit_code = 0;
    perr::setup_ingest(app, &exit_code);
    perr::setup_validate(app, &exit_code);
    perr::setup_diff(app, &exit_code);
    perr::setup_stats(app, &exit_code);
    perr::setup_schema(app, &exit_code);
    perr::setup_docs(app, &exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : perr::to_int(perr::ExitCode::failure);
    }
    return exit_code;
}

// Every subcommand's data goes to standard output: a write that failed
// there (a full disk, /dev/full, a closed pipe) is an I/O error, said once.
int check_stdout(int exit_code) {
    errno = 0;
    std::cout.flush();
    if (std::cout) return exit_code;
    int err = errno; // 0 when the failure came earlier (its reason is gone)
    std::cerr << perr::error_line(
        "perr", "cannot write to standard output" +
                    (err != 0 ? std::string(": ") + std::strerror(err) : std::string()));
    return perr::to_int(perr::ExitCode::failure);
}

// A file's large tables (its decoded text, its lines, its nodes) are freed
// stage after stage, and the next stage's tables take their place if they
// come from the same heap; each table mapped on its own instead went back
// to the system when freed, and the next one faulted in fresh zeroed pages.
// From the heap, a 50 MB text takes 37k page faults instead of 58k and
// 5-12 % less CPU, peak RSS within 5 % (BENCHMARKS.md, issue 14). glibc
// would map blocks from 128 KB up, and raise that bound only as mapped
// blocks are freed.
void keep_large_blocks_in_heap() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
#endif
}

} // namespace

int main(int argc, char** argv) {
    keep_large_blocks_in_heap();
    try {
        return check_stdout(run(argc, argv));
    } catch (const std::bad_alloc&) {
        std::cerr << perr::error_line("perr", "out of memory");
    } catch (const std::exception& e) { // fatal: a bug
        std::cerr << "perr: internal error: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "perr: internal error\n";
    }
    return perr::to_int(perr::ExitCode::failure);
}
