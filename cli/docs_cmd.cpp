#include "cli/docs_cmd.h"

#include <iostream>
#include <memory>

#include "cli/completions.h"
#include "cli/exit_codes.h"
#include "cli/man_page.h"

namespace perr {

void setup_docs(CLI::App& app, int* exit_code) {
    const CLI::App* root = &app;
    auto shell = std::make_shared<std::string>();
    CLI::App* completion =
        app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    completion->footer("Examples:\n  source <(perr completion bash)\n"
                       "  perr completion zsh > ~/.zfunc/_perr\n"
                       "  perr completion fish > ~/.config/fish/completions/perr.fish\n\n" +
                       exit_codes_sentence("completion"));
    completion->add_option("shell", *shell, "The shell")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    completion->callback([root, shell, exit_code] {
        std::cout << (*shell == "bash"  ? bash_completion(*root)
                      : *shell == "zsh" ? zsh_completion(*root)
                                        : fish_completion(*root));
        *exit_code = to_int(std::cout.flush() ? ExitCode::ok : ExitCode::failure);
    });
    CLI::App* man = app.add_subcommand("man", "Print the manual page (roff)");
    man->footer("Example:\n  perr man | man -l -\n\n" + exit_codes_sentence("man"));
    man->callback([root, exit_code] {
        std::cout << man_page(*root);
        *exit_code = to_int(std::cout.flush() ? ExitCode::ok : ExitCode::failure);
    });
}

} // namespace perr
