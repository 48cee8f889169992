package io.strata.cli.internal.command;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code db completion}: the bash/zsh completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the bash/zsh completion script of the db command.",
            "Load it with: source <(db completion)   (or save it under /etc/bash_completion.d/)"})
public final class CompletionCommand extends Subcommand {

    @Override
    public Integer call() {
        out().print(AutoComplete.bash("db", spec().root().commandLine()));
        out().flush();
        return 0;
    }
}
