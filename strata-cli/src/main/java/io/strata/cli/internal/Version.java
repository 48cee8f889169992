package io.strata.cli.internal;

import picocli.CommandLine.IVersionProvider;

/** The version {@code db --version} prints: the jar's, or {@code development} when run from classes. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"strata " + (version == null ? "(development)" : version)};
    }
}
