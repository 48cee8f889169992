package io.strata.examples.bookstore.models;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** An author, known by a unique email address; writes {@link Book books}. */
@Entity
@Table(name = "author")
public class Author {

    /** The longest name the {@code name} column holds. */
    public static final int NAME_LENGTH = 30;
    /** The longest address the {@code email} column holds. */
    public static final int EMAIL_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = NAME_LENGTH)
    private String name;

    @Column(length = EMAIL_LENGTH, unique = true, nullable = false)
    private String email;

    @OneToMany(mappedBy = "author")
    private List<Book> books = new ArrayList<>();

    /** For Hibernate. */
    protected Author() {
    }

    /** A new, unsaved author. */
    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** The id, {@code null} until saved. */
    public Long getId() {
        return id;
    }

    /** The name (may be {@code null}). */
    public String getName() {
        return name;
    }

    /** Renames the author. */
    public void setName(String name) {
        this.name = name;
    }

    /** The unique email address. */
    public String getEmail() {
        return email;
    }

    /** Changes the email address. */
    public void setEmail(String email) {
        this.email = email;
    }

    /** The author's books (loaded on first use). */
    public List<Book> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return "<Author: " + name + " <email: " + email + ">>";
    }
}
