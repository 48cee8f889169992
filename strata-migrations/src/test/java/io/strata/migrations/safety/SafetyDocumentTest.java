package io.strata.migrations.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/migration-safety.md is the rules as they are. */
class SafetyDocumentTest {

    private static final Path PAGE = Path.of("../docs/migration-safety.md");
    private static final String REGENERATE = "strata.regenerateDocs";

    @Test
    void theCommittedPageIsWhatTheRulesGenerate() throws IOException {
        String generated = SafetyDocument.render();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/migration-safety.md differs from the safety rules. Regenerate it with:"
                + " mvn -o -q -pl strata-migrations -am test -Dtest=SafetyDocumentTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true").isEqualTo(generated);
    }

    @Test
    void thePageHasATableOfEveryShapeForEachDatabase() {
        String page = SafetyDocument.render();
        for (String database : new String[] {"PostgreSQL", "MariaDB/MySQL", "SQLite", "H2"}) {
            assertThat(page).contains("\n## " + database + "\n");
        }
        for (OperationShape shape : OperationShape.values()) {
            assertThat(page.split("\n\\| " + java.util.regex.Pattern.quote(shape.description()) + " \\|", -1)).hasSize(5);
        }
        assertThat(page).contains("| create index | SHARE | writes | scan | CREATE INDEX CONCURRENTLY");
    }
}
