package io.strata.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db check}: fails the build when the models have changes no revision captures; bind it to {@code verify} as
 * the CI guard. With {@code -Dstrata.policy=true} (or {@code <policy>true</policy>}) it runs the policy gate
 * instead, {@code db check --policy}: it fails the build on unsafe operations in the revisions not yet applied to
 * the URL's database, or in {@code strata.policy.range}.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CheckMojo extends StrataMojo {

    /** Runs the policy gate ({@code --policy}) instead of comparing the models with the revisions. */
    @Parameter(property = "strata.policy", defaultValue = "false")
    private boolean policy;

    /** With the policy: the range {@code FROM:TO} to judge instead of the revisions the URL's database lacks ({@code --range}). */
    @Parameter(property = "strata.policy.range")
    private String range;

    /** With the policy: {@code text} (default) or {@code json} ({@code --format}). */
    @Parameter(property = "strata.policy.format")
    private String format;

    /** With the policy: rules turned off, comma-separated ({@code blocking,destructive}) ({@code --disable}). */
    @Parameter(property = "strata.policy.disable")
    private List<String> disable = new ArrayList<>();

    /** With the policy: the row count at or under which the blocking rule spares a table ({@code --row-threshold}). */
    @Parameter(property = "strata.policy.rowThreshold")
    private Long rowThreshold;

    /** With the policy: the databases the revisions must be safe on, comma-separated ({@code --database}). */
    @Parameter(property = "strata.policy.databases")
    private List<String> databases = new ArrayList<>();

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of("check"));
        if (!policy) {
            return args;
        }
        args.add("--policy");
        add(args, "--range", range);
        add(args, "--format", format);
        disable.forEach(rule -> add(args, "--disable", rule));
        add(args, "--row-threshold", rowThreshold == null ? null : rowThreshold.toString());
        databases.forEach(database -> add(args, "--database", database));
        return args;
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null && !value.isBlank()) {
            args.add(option);
            args.add(value.strip());
        }
    }
}
