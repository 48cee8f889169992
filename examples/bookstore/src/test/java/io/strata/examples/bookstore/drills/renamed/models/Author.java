package io.strata.examples.bookstore.drills.renamed.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The new code's author: its name is stored in {@code display_name} (the old code's {@code name}). */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 30)
    private String displayName;

    @Column(length = 30, unique = true, nullable = false)
    private String email;

    /** For Hibernate. */
    protected Author() {
    }

    /** A new, unsaved author. */
    public Author(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** The id, {@code null} until saved. */
    public Long getId() {
        return id;
    }

    /** The name shown. */
    public String getDisplayName() {
        return displayName;
    }

    /** The unique email address. */
    public String getEmail() {
        return email;
    }
}
