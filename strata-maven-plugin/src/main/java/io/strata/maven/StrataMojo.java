package io.strata.maven;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.strata.cli.ExitCode;
import io.strata.maven.internal.Launch;
import io.strata.maven.internal.ProjectClassLoader;

/**
 * What every goal shares: the settings and running one {@code db} command over the project's classes.
 *
 * <p>Settings are taken as the command line takes them, in this order: a {@code -Dstrata.url},
 * {@code -Dstrata.models}, {@code -Dstrata.migrations}, {@code -Dstrata.lockTimeout} or
 * {@code -Dstrata.lockBudget} property (as the options {@code --url}…); then {@code DATABASE_URL},
 * {@code DB_MODELS_LOCATION}, {@code DB_MIGRATIONS_LOCATION}, {@code DB_LOCK_TIMEOUT},
 * {@code DB_LOCK_BUDGET}; then this plugin's {@code <configuration>} (as the application's builder).
 */
public abstract class StrataMojo extends AbstractMojo {

    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("strata.url", "--url");
        OPTIONS.put("strata.models", "--models");
        OPTIONS.put("strata.migrations", "--migrations");
        OPTIONS.put("strata.lockTimeout", "--lock-timeout");
        OPTIONS.put("strata.lockBudget", "--lock-budget");
    }

    /**
     * The application's own settings, {@code com.example.App#database}: a public static method without
     * parameters returning its {@code Database.Builder}, so the goals use the settings the application does.
     * The settings below are laid over it.
     */
    @Parameter
    private String builder;

    /** The database URL ({@code sqlite:///dev.db}, {@code postgresql://user:pw@host/db}…); {@code DATABASE_URL} wins over it. */
    @Parameter
    private String url;

    /** The packages of the {@code @Entity} classes, comma-separated; {@code DB_MODELS_LOCATION} wins over it. */
    @Parameter
    private String models;

    /** The package of the revisions; {@code DB_MIGRATIONS_LOCATION} wins over it. */
    @Parameter
    private String migrations;

    /** How long a revision's statement waits for a lock per attempt ({@code 3s}); {@code DB_LOCK_TIMEOUT} wins over it. */
    @Parameter
    private String lockTimeout;

    /** How long a revision is retried on lock timeouts ({@code 60s}); {@code DB_LOCK_BUDGET} wins over it. */
    @Parameter
    private String lockBudget;

    /** Stack traces with errors, revision details in listings ({@code --verbose}). */
    @Parameter(property = "strata.verbose", defaultValue = "false")
    private boolean verbose;

    /** Skips the goal. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The {@code db} command and its arguments, e.g. {@code upgrade head}. */
    protected abstract List<String> command() throws MojoFailureException;

    /** Whether the goal succeeds with this exit code: only {@link ExitCode#OK} unless a goal says otherwise. */
    protected boolean succeeds(int exitCode) {
        return exitCode == ExitCode.OK;
    }

    /** The project being built. */
    protected MavenProject project() {
        return project;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (strata.skip)");
            return;
        }
        List<String> args = new ArrayList<>(command());
        args.addAll(options(session.getUserProperties()));
        if (verbose) {
            args.add("--verbose");
        }
        int exitCode = run(args);
        if (!succeeds(exitCode)) {
            throw new MojoFailureException("db " + args.get(0) + " exited with " + exitCode + " ("
                    + ExitCode.descriptions().get(" " + exitCode) + "); its message is above.");
        }
    }

    /** The {@code -Dstrata.*} properties given, as the command line's options ({@code --url …}). */
    static List<String> options(Properties properties) {
        List<String> options = new ArrayList<>();
        OPTIONS.forEach((property, option) -> {
            String value = properties.getProperty(property);
            if (value != null && !value.isBlank()) {
                options.add(option);
                options.add(value.strip());
            }
        });
        return options;
    }

    private int run(List<String> args) throws MojoExecutionException {
        Map<String, String> settings = new HashMap<>();
        put(settings, Launch.BUILDER, builder);
        put(settings, Launch.URL, url);
        put(settings, Launch.MODELS, models);
        put(settings, Launch.MIGRATIONS, migrations);
        put(settings, Launch.LOCK_TIMEOUT, lockTimeout);
        put(settings, Launch.LOCK_BUDGET, lockBudget);
        List<Artifact> pluginArtifacts = new ArrayList<>(plugin.getArtifacts());
        pluginArtifacts.add(plugin.getPluginArtifact());
        try {
            ProjectClassLoader loader = ProjectClassLoader.of(project.getRuntimeClasspathElements(),
                    project.getArtifacts(), pluginArtifacts);
            getLog().debug("Class path: " + loader.urls());
            return loader.launch(settings, args);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's runtime class path is not resolved: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new MojoExecutionException("Could not start the db command line in the project's class loader"
                    + " (is io.strata:strata-cli of this plugin's version reachable?): " + e, e);
        }
    }

    private static void put(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value.strip());
        }
    }
}
