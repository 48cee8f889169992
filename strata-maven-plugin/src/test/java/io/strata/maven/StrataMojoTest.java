package io.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class StrataMojoTest {

    @Test
    void theStrataPropertiesBecomeTheCommandLinesOptions() {
        Properties properties = new Properties();
        properties.setProperty("strata.url", " sqlite:///prod.db ");
        properties.setProperty("strata.migrations", "com.example.migrations");
        properties.setProperty("strata.lockTimeout", "2s");
        properties.setProperty("strata.models", " ");
        properties.setProperty("other", "x");

        assertThat(StrataMojo.options(properties)).containsExactly(
                "--url", "sqlite:///prod.db", "--migrations", "com.example.migrations", "--lock-timeout", "2s");
    }

    @Test
    void migrateWithoutAMessageSaysHowToGiveOne() {
        assertThatThrownBy(() -> new MigrateMojo().command()).isInstanceOf(MojoFailureException.class)
                .hasMessage("strata:migrate needs a message, which names the revision:"
                        + " mvn strata:migrate -Dstrata.message=\"add pinned\"");
    }

    @Test
    void migrateHandsRenamesAndOneOffDefaultsToTheCommand() throws Exception {
        MigrateMojo mojo = new MigrateMojo();
        set(mojo, "message", "add priority");
        set(mojo, "sourceDirectory", "src/main/java");
        set(mojo, "renames", List.of("note.name=title"));
        set(mojo, "oneOffDefaults", List.of("note.priority=0", "note.owner='nobody'"));

        assertThat(mojo.command()).containsExactly("migrate", "-m", "add priority", "--source-dir", "src/main/java",
                "--rename", "note.name=title", "--one-off-default", "note.priority=0",
                "--one-off-default", "note.owner='nobody'");
    }

    @Test
    void checkRunsThePolicyGateWithItsOptionsWhenAsked() throws Exception {
        CheckMojo models = new CheckMojo();
        assertThat(models.command()).containsExactly("check");

        CheckMojo gate = new CheckMojo();
        set(gate, "policy", true);
        set(gate, "range", "base:head");
        set(gate, "format", "json");
        set(gate, "disable", List.of("blocking", "destructive"));
        set(gate, "rowThreshold", 1000L);
        set(gate, "databases", List.of("postgresql"));
        assertThat(gate.command()).containsExactly("check", "--policy", "--range", "base:head", "--format", "json",
                "--disable", "blocking", "--disable", "destructive", "--row-threshold", "1000", "--database", "postgresql");
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void noPropertiesNoOptions() {
        assertThat(StrataMojo.options(new Properties())).isEmpty();
    }
}
