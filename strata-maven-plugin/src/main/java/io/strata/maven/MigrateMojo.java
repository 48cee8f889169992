package io.strata.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db migrate}: compiles the models, diffs them with the revisions and writes the next revision into {@code src/main/java} ({@code mvn strata:migrate -Dstrata.message="add pinned"}). */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class MigrateMojo extends StrataMojo {

    /** What the revision does; its class name and file come from it. */
    @Parameter(property = "strata.message")
    private String message;

    /** Column rename hints, comma-separated ({@code book.title=name}), as {@code --rename}. */
    @Parameter(property = "strata.rename")
    private List<String> renames = new ArrayList<>();

    /** Table rename hints, comma-separated ({@code old=new}), as {@code --rename-table}. */
    @Parameter(property = "strata.renameTable")
    private List<String> renameTables = new ArrayList<>();

    /**
     * One-off defaults for NOT NULL columns added without one, comma-separated ({@code note.priority=0}),
     * as {@code --one-off-default}: they fill the rows already there, then are dropped.
     */
    @Parameter(property = "strata.oneOffDefault")
    private List<String> oneOffDefaults = new ArrayList<>();

    /** The source root the revision is written under. */
    @Parameter(property = "strata.sourceDir", defaultValue = "${project.build.sourceDirectory}", required = true)
    private String sourceDirectory;

    @Override
    protected List<String> command() throws MojoFailureException {
        if (message == null || message.isBlank()) {
            throw new MojoFailureException("strata:migrate needs a message, which names the revision:"
                    + " mvn strata:migrate -Dstrata.message=\"add pinned\"");
        }
        List<String> args = new ArrayList<>(List.of("migrate", "-m", message, "--source-dir", sourceDirectory));
        renames.forEach(hint -> args.addAll(List.of("--rename", hint)));
        renameTables.forEach(hint -> args.addAll(List.of("--rename-table", hint)));
        oneOffDefaults.forEach(value -> args.addAll(List.of("--one-off-default", value)));
        return args;
    }
}
