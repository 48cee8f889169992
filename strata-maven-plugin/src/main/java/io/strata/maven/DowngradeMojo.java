package io.strata.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db downgrade}: reverts revisions ({@code -Dstrata.target=REV}, default {@code -1}: the last one). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DowngradeMojo extends StrataMojo {

    /** The revision to downgrade to: {@code -1} (default), an id or prefix, {@code base}. */
    @Parameter(property = "strata.target", defaultValue = "-1")
    private String target;

    @Override
    protected List<String> command() {
        return List.of("downgrade", target);
    }
}
