package io.strata.core.test.evolution.s44_long_strings_between_limits.v2;

import jakarta.persistence.*;

/**
 * Lengths between the databases' limits: 20000 characters fit PostgreSQL's and H2's VARCHAR but not
 * MariaDB's, 40000 bytes fit its VARBINARY but not its row; they are text and blob everywhere, the
 * shorter ones varchar and binary everywhere.
 */
@Entity
public class Profile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false)
    public String handle;

    @Column(length = 20000)
    public String about;

    @Column(length = 4000)
    public String summary;

    @Column(length = 40000)
    public byte[] avatar;

    @Column(length = 1000)
    public byte[] thumbnail;
}
