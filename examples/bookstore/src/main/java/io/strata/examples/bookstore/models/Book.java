package io.strata.examples.bookstore.models;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A book with a unique name, by one {@link Author} (or none yet), sold in any number of {@link Store stores}. */
@Entity
@Table(name = "book")
public class Book {

    /** The longest name the {@code name} column holds. */
    public static final int NAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = NAME_LENGTH, unique = true, nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Author author;

    @ManyToMany
    @JoinTable(name = "book_to_store_map",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "store_id"))
    private Set<Store> stores = new LinkedHashSet<>();

    /** For Hibernate. */
    protected Book() {
    }

    /** A new, unsaved book by {@code author}. */
    public Book(String name, Author author) {
        this.name = name;
        this.author = author;
    }

    /** The id, {@code null} until saved. */
    public Long getId() {
        return id;
    }

    /** The unique name. */
    public String getName() {
        return name;
    }

    /** The author, if known (a lazy reference until used). */
    public Author getAuthor() {
        return author;
    }

    /** The stores selling the book; add to it to stock the book in a store. */
    public Set<Store> getStores() {
        return stores;
    }

    @Override
    public String toString() {
        return "<Book: " + name + ">";
    }
}
