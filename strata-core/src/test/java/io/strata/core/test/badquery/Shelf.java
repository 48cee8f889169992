package io.strata.core.test.badquery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/**
 * An entity whose mapping is sound but whose named query names no entity: Hibernate's boot model
 * accepts it, building the session factory (which checks named queries) rejects it.
 */
@Entity
@NamedQuery(name = "Shelf.missing", query = "select s from NoSuchEntity s")
public class Shelf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
