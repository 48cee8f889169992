package io.strata.cli.internal.command;

import java.util.List;

import io.strata.ErrorKind;
import io.strata.cli.internal.CliException;

/** The rule that a new revision follows a single head. */
final class Heads {

    private Heads() {
    }

    /** The heads, or an error naming them and the merge command when there are several. */
    static List<String> single(List<String> heads, String command) {
        if (heads.size() > 1) {
            throw new CliException(ErrorKind.CONFLICT, "The revisions have " + heads.size() + " heads: "
                    + String.join(", ", heads) + ". 'db " + command + "' writes a revision after a single head;"
                    + " join them first with: db merge -m \"merge heads\" " + String.join(" ", heads));
        }
        return heads;
    }
}
