package io.strata.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.example.models.User;

import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.core.DriftReport;
import io.strata.core.GeneratedRevision;
import io.strata.core.SchemaCheck;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.runner.SyncResult;
import io.strata.core.GetOrCreateResult;
import io.strata.core.Page;

/**
 * Runs the README's Java snippets: each {@code ```java} block of README.md must stand, line for line,
 * between {@code README:} markers in a test source of some module (this file, {@link User}, the
 * Javalin module's {@code ReadmeExampleTest}…), so the README cannot drift from code that compiles and
 * passes.
 */
class ReadmeExamplesTest {

    @Test
    void quickStart() {
        // README:quickstart
        Database db = Database.builder()
                .url("sqlite://")                      // or postgresql://user:pw@host/db, mariadb://…, h2:mem:app
                .models("com.example.models")          // scanned recursively for @Entity classes
                .build();
        db.createAll();

        GetOrCreateResult<User> result = db.getOrCreate(User.class,
                Map.of("name", "ada"), Map.of("fullName", "Ada Lovelace"));
        User ada = result.instance();                  // result.created() is true the first time
        db.commit();

        User same = User.FIND.getOne(Map.of("name", "ada"));

        db.updateOrCreate(User.class, Map.of("name", "ada"), Map.of("timezone", "Europe/London"));
        db.commit();

        Page<User> page = db.paginate(
                db.session().createSelectionQuery("from User order by name", User.class), 1, 20);

        db.removeSession();                            // end of the request: rolls back anything uncommitted
        // README:end
        try {
            assertThat(result.created()).isTrue();
            assertThat(same.id).isEqualTo(ada.id);
            assertThat(page.items()).extracting(u -> u.timezone).containsExactly("Europe/London");
        } finally {
            db.close();
        }
    }

    @Test
    void transactions() {
        try (Database db = Database.builder().url("sqlite://").models("com.example.models").build()) {
            db.createAll();
            // README:transactions
            Long id = db.inTransaction(session -> {
                User user = new User();
                user.name = "grace";
                session.persist(user);
                return user.id;
            });                                        // committed here, or rolled back if the work threw
            // README:end
            assertThat(db.getByPk(User.class, id)).isPresent();
            db.removeSession();
        }
    }

    @Test
    void migrations() {
        try (Database db = Database.builder().url("sqlite://").models("com.example.models")
                .migrations("com.example.migrations").build()) {
            // README:sync
            SyncResult result = db.sync();             // CREATED, UPGRADED or ALREADY_UP_TO_DATE
            DatabaseStatus status = db.status();       // UP_TO_DATE, UPGRADE_AVAILABLE or NO_INFO; never throws
            db.downgrade("-1");                        // or a revision id, or "base"
            db.upgrade("head");
            // README:end
            assertThat(result).isEqualTo(SyncResult.CREATED);
            assertThat(status).isEqualTo(DatabaseStatus.UP_TO_DATE);
            assertThat(db.currentRevision()).hasValue("4f2a9c1e7b30");
            assertThat(db.modelSchema().table("users")).isPresent();
        }
    }

    @Test
    void autogenerateCheckAndDrift(@org.junit.jupiter.api.io.TempDir Path sourceDir) {
        try (Database db = Database.builder().url("sqlite://").models("com.example.models")
                .migrations("com.example.migrations").build()) {
            db.sync();
            // README:autogenerate
            GeneratedRevision revision = db.autogenerate("add stores", DiffOptions.defaults(), sourceDir);
            System.out.println(revision.summary());    // the changes, DATA LOSS and LIKELY RENAME lines, the file
            SchemaCheck check = db.check();            // empty when the revisions capture every model change
            DriftReport drift = db.drift();            // the live database against the models and its revisions
            // README:end
            assertThat(revision.isEmpty()).as(revision.summary()).isTrue();
            assertThat(check.isEmpty()).as(check.report()).isTrue();
            assertThat(drift.isEmpty()).as(drift.report()).isTrue();
        }
    }

    @Test
    void everyJavaBlockOfTheReadmeIsCodeThatRuns() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        List<String> regions = new ArrayList<>();
        try (var files = Files.walk(root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/test/java/"))
                    .toList()) {
                String source = Files.readString(file);
                if (source.contains("// README:")) {
                    regions.addAll(regions(source));
                }
            }
        }
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String snippet = normalize(block.group(1));
            assertThat(regions).as("README block %d must be a README: region of the example tests", blocks)
                    .anyMatch(region -> region.equals(snippet));
        }
        assertThat(blocks).isGreaterThanOrEqualTo(5);
    }

    private static List<String> regions(String sources) {
        List<String> regions = new ArrayList<>();
        Matcher m = Pattern.compile("// README:\\w+\\n(.*?)\\s*// README:end", Pattern.DOTALL).matcher(sources);
        while (m.find()) {
            regions.add(normalize(m.group(1)));
        }
        return regions;
    }

    /** Lines stripped of indentation, blank lines dropped. */
    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
