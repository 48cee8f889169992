package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import io.strata.core.Database;
import io.strata.core.ModelException;

/** The server listens once the database's session factory (built on another thread) is there. */
class ServerStartTest {

    @Test
    void a_database_with_sound_models_starts_serving() {
        try (Database db = Database.builder().url("sqlite://").models("io.strata.javalin.models").build()) {
            Javalin app = Javalin.create(config -> config.registerPlugin(new StrataPlugin(db)));
            try {
                app.start("127.0.0.1", 0);
                assertThat(db.sessionFactory().isOpen()).isTrue();
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_session_factory_that_failed_to_build_fails_the_start_with_its_model_exception() {
        try (Database db = Database.builder().url("sqlite://").models("io.strata.javalin.badquery").build()) {
            Javalin app = Javalin.create(config -> config.registerPlugin(new StrataPlugin(db)));
            try {
                assertThatThrownBy(() -> app.start("127.0.0.1", 0))
                        .satisfies(e -> assertThat(rootModelException(e)).isNotNull()
                                .hasMessageContaining("Hibernate rejected the models in [io.strata.javalin.badquery]"));
            } finally {
                app.stop();
            }
        }
    }

    private static ModelException rootModelException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelException model) {
                return model;
            }
        }
        return null;
    }
}
