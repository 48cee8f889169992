package io.strata.examples.bookstore.models;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/** A store with a unique name, selling {@link Book books} (mapped in {@code book_to_store_map}, owned by {@link Book}). */
@Entity
@Table(name = "store")
public class Store {

    /** The longest name the {@code name} column holds. */
    public static final int NAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = NAME_LENGTH, unique = true, nullable = false)
    private String name;

    @ManyToMany(mappedBy = "stores")
    private Set<Book> books = new LinkedHashSet<>();

    /** For Hibernate. */
    protected Store() {
    }

    /** A new, unsaved store. */
    public Store(String name) {
        this.name = name;
    }

    /** The id, {@code null} until saved. */
    public Long getId() {
        return id;
    }

    /** The unique name. */
    public String getName() {
        return name;
    }

    /** The books the store sells (the inverse side: change {@link Book#getStores()} to stock a book). */
    public Set<Book> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return "<Store: " + name + ">";
    }
}
