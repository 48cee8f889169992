package io.strata.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db upgrade}: applies the pending revisions, compiled first, to the database ({@code -Dstrata.target=REV}, default the heads). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class UpgradeMojo extends StrataMojo {

    /** The revision to upgrade to: {@code heads} (default), {@code head}, an id or prefix, {@code +1}. */
    @Parameter(property = "strata.target", defaultValue = "heads")
    private String target;

    @Override
    protected List<String> command() {
        return List.of("upgrade", target);
    }
}
