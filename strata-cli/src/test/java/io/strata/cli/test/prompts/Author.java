package io.strata.cli.test.prompts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The authors revision's author with name renamed to full_name and a NOT NULL rating without a default. */
@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(unique = true, length = 200)
    String email;

    @Column(nullable = false, length = 100)
    String fullName;

    @Column(nullable = false)
    int rating;
}
