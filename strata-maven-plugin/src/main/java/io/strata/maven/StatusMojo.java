package io.strata.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import io.strata.cli.ExitCode;

/** {@code db status}: the database against the revisions (UP_TO_DATE, UPGRADE_AVAILABLE…); revisions pending are reported, not a failure. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class StatusMojo extends StrataMojo {

    @Override
    protected List<String> command() {
        return List.of("status");
    }

    @Override
    protected boolean succeeds(int exitCode) {
        return exitCode == ExitCode.OK || exitCode == ExitCode.DIFFERENCES;
    }
}
