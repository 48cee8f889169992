package io.strata.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db history}: the revisions, newest first ({@code -Dstrata.range=base:head}). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class HistoryMojo extends StrataMojo {

    /** The range to list, e.g. {@code base:current}; default all. */
    @Parameter(property = "strata.range")
    private String range;

    @Override
    protected List<String> command() {
        return range == null || range.isBlank() ? List.of("history") : List.of("history", "-r", range);
    }
}
