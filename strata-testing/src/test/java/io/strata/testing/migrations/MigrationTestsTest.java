package io.strata.testing.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** Each ready test passes on a sound project and fails, saying why, on the defect it is there to catch. */
class MigrationTestsTest {

    private static final String MODELS = "io.strata.testing.migrations.samples.models";
    private static final String SAMPLES = "io.strata.testing.migrations.samples.";

    private static final String SINGLE_HEAD = "the_revisions_have_a_single_head";
    private static final String UPGRADE = "the_revisions_upgrade_from_base_to_head";
    private static final String DOWNGRADES = "every_revision_downgrades_to_exactly_the_schema_before_it";
    private static final String MODELS_MATCH = "the_models_match_the_head";

    @Test
    void a_sound_project_passes_every_ready_test_on_the_four_databases() {
        Events tests = run(Sound.class);
        assertThat(failures(tests)).isEmpty();
        assertThat(tests.succeeded().count()).isEqualTo(1 + 3 * 4);
    }

    @Test
    void two_heads_fail_the_single_head_test_and_each_branch_still_downgrades_on_its_own() {
        Map<String, String> failures = failures(run(Forked.class));
        assertThat(failures).containsKey(SINGLE_HEAD).doesNotContainKey(DOWNGRADES);
        assertThat(failures.get(SINGLE_HEAD)).contains("expected one head revision, found 2: [b2, c2]", "db merge");
    }

    @Test
    void a_revision_that_does_not_run_fails_the_upgrade_test() {
        Events tests = run(Broken.class);
        Map<String, String> failures = failures(tests);
        assertThat(failures).containsKey(UPGRADE).doesNotContainKey(SINGLE_HEAD);
        assertThat(failures.get(UPGRADE)).contains("b2");
    }

    @Test
    void a_downgrade_that_does_not_restore_the_schema_fails_the_downgrade_test_on_each_database() {
        Events tests = run(Leaky.class);
        Map<String, String> failures = failures(tests);
        assertThat(failures).containsOnlyKeys(DOWNGRADES);
        assertThat(failures.get(DOWNGRADES)).contains("the downgrade of revision b2 (add note) does not restore", "note");
        assertThat(tests.failed().count()).isEqualTo(2);
    }

    @Test
    void models_ahead_of_the_head_fail_the_models_test() {
        Events tests = run(ModelsAhead.class);
        Map<String, String> failures = failures(tests);
        assertThat(failures).containsOnlyKeys(MODELS_MATCH);
        assertThat(failures.get(MODELS_MATCH)).contains("db migrate", "colour");
    }

    private static Events run(Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute().testEvents();
    }

    /** The failed tests' method names, each with the message of its (last) failure. */
    private static Map<String, String> failures(Events tests) {
        Map<String, String> failures = new TreeMap<>();
        List<Event> failed = tests.failed().list();
        for (Event event : failed) {
            String method = event.getTestDescriptor().getSource().filter(MethodSource.class::isInstance)
                    .map(source -> ((MethodSource) source).getMethodName()).orElse(event.getTestDescriptor().getDisplayName());
            Throwable thrown = event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .orElseThrow();
            failures.put(method, String.valueOf(thrown));
        }
        return failures;
    }

    /** The revisions build exactly the models. */
    static class Sound extends MigrationTests {
        @Override
        protected void configure(Database.Builder builder) {
            builder.models(MODELS).migrations(SAMPLES + "good");
        }
    }

    /** Two revisions follow the first and nothing merges them. */
    @Databases(DbKind.SQLITE)
    static class Forked extends MigrationTests {
        @Override
        protected void configure(Database.Builder builder) {
            builder.models(MODELS).migrations(SAMPLES + "forked");
        }
    }

    /** The second revision's upgrade runs a statement no database accepts. */
    @Databases(DbKind.SQLITE)
    static class Broken extends MigrationTests {
        @Override
        protected void configure(Database.Builder builder) {
            builder.models(MODELS).migrations(SAMPLES + "broken");
        }
    }

    /** The second revision's downgrade leaves its column behind. */
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    static class Leaky extends MigrationTests {
        @Override
        protected void configure(Database.Builder builder) {
            builder.models(MODELS).migrations(SAMPLES + "leaky");
        }
    }

    /** The models have a column no revision creates. */
    @Databases(DbKind.SQLITE)
    static class ModelsAhead extends MigrationTests {
        @Override
        protected void configure(Database.Builder builder) {
            builder.models(SAMPLES + "ahead").migrations(SAMPLES + "good");
        }
    }
}
