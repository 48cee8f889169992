package com.example.notes;

import java.util.Arrays;
import java.util.Map;

import com.example.notes.models.Note;

import io.strata.cli.StrataCli;
import io.strata.core.Database;

/** The notes service: {@code java -jar notes.jar} runs it, {@code java -jar notes.jar db …} the db commands. */
public final class App {

    private App() {
    }

    // DOCS:app
    /** The one place the database is configured: the application and every db command use it. */
    public static Database.Builder database() {
        return Database.builder()
                .url("sqlite:///notes.db")                 // DATABASE_URL wins over it
                .models("com.example.notes.models")
                .migrations("com.example.notes.migrations");
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("db")) {
            System.exit(StrataCli.run(database(), Arrays.copyOfRange(args, 1, args.length)));
        }
        try (Database db = database().fromEnvironment().build()) {
            db.sync();                                       // creates or upgrades the schema
            Note note = Note.FIND.getOrCreate(Map.of("title", "hello")).instance();
            db.commit();
            System.out.println("note " + note.id + ": " + note.title);
        }
    }
    // DOCS:end
}
