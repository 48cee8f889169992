package com.example.notes.models;

// DOCS:entity
import org.hibernate.annotations.ColumnDefault;

import io.strata.core.Finder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Note {

    public static final Finder<Note> FIND = Finder.of(Note.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 200, nullable = false)
    public String title;

    @ColumnDefault("false")                    // a server default: the rows already there get false
    @Column(nullable = false)
    public boolean pinned;                     // new: no revision adds this column yet
}
// DOCS:end
