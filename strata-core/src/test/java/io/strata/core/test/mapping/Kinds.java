package io.strata.core.test.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** One attribute of each common Java type. */
@Entity
public class Kinds {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    public short small;
    public long big;
    public Double ratio;
    public Float weight;
    public Boolean flag;
    public Character initial;
    public LocalDate day;
    public LocalTime clock;
    public LocalDateTime moment;
    public Instant instant;
    public UUID uuid;

    @Column(length = 32)
    public byte[] digest;

    @Lob
    public byte[] payload;

    @Lob
    public String body;
}
