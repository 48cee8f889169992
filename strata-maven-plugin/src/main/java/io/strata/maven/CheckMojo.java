package io.strata.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db check}: fails the build when the models have changes no revision captures; bind it to {@code verify} as the CI guard. */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CheckMojo extends StrataMojo {

    @Override
    protected List<String> command() {
        return List.of("check");
    }
}
