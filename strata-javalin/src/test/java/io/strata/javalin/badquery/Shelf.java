package io.strata.javalin.badquery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A sound mapping with a named query naming no entity: only building the session factory rejects it. */
@Entity
@NamedQuery(name = "Shelf.missing", query = "select s from NoSuchEntity s")
public class Shelf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
