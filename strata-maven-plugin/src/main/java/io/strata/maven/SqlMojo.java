package io.strata.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db upgrade --sql} (or {@code downgrade --sql} with {@code -Dstrata.downgrade}): prints the SQL of a range of revisions without connecting. */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class SqlMojo extends StrataMojo {

    /** The target or range, e.g. {@code heads} (the default for an upgrade), {@code a1b2:head}, {@code head:base}. */
    @Parameter(property = "strata.target")
    private String target;

    /** The dialect when no URL is configured: {@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb}. */
    @Parameter(property = "strata.dialect")
    private String dialect;

    /** The SQL of a downgrade instead of an upgrade. */
    @Parameter(property = "strata.downgrade", defaultValue = "false")
    private boolean downgrade;

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of(downgrade ? "downgrade" : "upgrade"));
        if (target != null && !target.isBlank()) {
            args.add(target);
        }
        args.add("--sql");
        if (dialect != null && !dialect.isBlank()) {
            args.addAll(List.of("--dialect", dialect));
        }
        return args;
    }
}
