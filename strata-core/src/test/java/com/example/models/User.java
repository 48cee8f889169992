package com.example.models;

import io.strata.core.Finder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

// README:model
@Entity
@Table(name = "users")
public class User {

    public static final Finder<User> FIND = Finder.of(User.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 254, unique = true, nullable = false)
    public String name;

    @Column(length = 254)
    public String fullName;

    @Column(length = 127)
    public String timezone;
}
// README:end
