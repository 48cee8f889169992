package io.strata.examples.bookstore.drills.renamed;

import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.strata.core.Database;
import io.strata.core.GetOrCreateResult;
import io.strata.core.ModelChanges;
import io.strata.examples.bookstore.drills.renamed.models.Author;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddBooksAndTheirAuthor;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddStoresAndTheBookToStoreMap;
import io.strata.examples.bookstore.migrations.V20261121_1331_CreateAuthors;
import io.strata.javalin.Strata;
import io.strata.javalin.StrataPlugin;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.SyncResult;

/**
 * The new build of the rename drill, as a process of its own: {@code GET /authors/{id}} and
 * {@code POST /authors} over {@code author.display_name}, the bookstore's revisions plus the expand and
 * contract ones, and the plugin's health routes. Prints the bookstore's "serving" line for the drill.
 */
public final class RenamedAuthorsApp {

    /** The bookstore's revisions and the rename's two. */
    public static final RevisionSet REVISIONS = RevisionSet.ofClasses(V20261121_1331_CreateAuthors.class,
            V20261121_1331_AddBooksAndTheirAuthor.class, V20261121_1331_AddStoresAndTheBookToStoreMap.class,
            V20261205_1810_RenameAuthorNameToDisplayNameExpand.class, V20261205_1810_RenameAuthorNameToDisplayNameContract.class);

    private RenamedAuthorsApp() {
    }

    /** Serves on {@code PORT} (0: any) over {@code DATABASE_URL}. */
    public static void main(String[] args) {
        StrataPlugin strata = new StrataPlugin(config -> config
                // Only the author table is modelled here: the other tables are the old code's, unchanged.
                .from(Database.builder().models("io.strata.examples.bookstore.drills.renamed.models").revisions(REVISIONS)
                        .modelChanges(ModelChanges.IGNORE))
                .url(System.getenv(Database.ENV_URL))
                .transactionPerRequest(true));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(strata);
            config.routes.get("/authors/{id}", RenamedAuthorsApp::get);
            config.routes.post("/authors", RenamedAuthorsApp::create);
        }).start(Integer.parseInt(System.getenv().getOrDefault("PORT", "0")));
        SyncResult sync = strata.sync();
        System.out.println("Bookstore serving http://localhost:" + app.port() + "/ (schema " + sync + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "renamed-shutdown"));
    }

    private static void get(Context ctx) {
        Author author = Strata.getOr404(ctx, Author.class, Long.parseLong(ctx.pathParam("id")));
        ctx.json(Map.of("id", author.getId(), "name", String.valueOf(author.getDisplayName()), "email", author.getEmail()));
    }

    private static void create(Context ctx) {
        @SuppressWarnings("unchecked")
        Map<String, String> input = ctx.bodyAsClass(Map.class);
        GetOrCreateResult<Author> result = Strata.db(ctx).database().getOrCreate(Author.class,
                Map.of("email", input.get("email")), Map.of("displayName", input.get("name")));
        ctx.status(result.created() ? 201 : 200).json(Map.of("id", result.instance().getId()));
    }
}
