package io.strata.core.test.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Column attributes, embeddables, enums, defaults, checks, named and unnamed indexes and uniques. */
@Entity
@Table(indexes = {@Index(columnList = "last_name, first_name"), @Index(name = "ix_customer_by_city", columnList = "city")},
        uniqueConstraints = {@UniqueConstraint(columnNames = {"first_name", "last_name"}),
                @UniqueConstraint(name = "uq_customer_billing", columnNames = {"billing_street", "billing_city"})})
@Check(name = "balance_positive", constraints = "balance >= 0")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 120, nullable = false, unique = true)
    public String email;

    @Column(length = 50)
    public String firstName;

    @Column(length = 50)
    public String lastName;

    @Embedded
    public Address address;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 100)),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 60)),
            @AttributeOverride(name = "postcode", column = @Column(name = "billing_postcode", length = 10))})
    public Address billing;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public Tier tier;

    @Enumerated(EnumType.STRING)
    public Tier defaultTier;

    @Enumerated(EnumType.ORDINAL)
    public Status status;

    @ColumnDefault("true")
    @Column(nullable = false)
    public boolean active = true;

    @Column(precision = 12, scale = 2)
    @ColumnDefault("0")
    public BigDecimal balance;

    @Check(constraints = "loyalty_points >= 0")
    public Integer loyaltyPoints;

    @ColumnDefault("'en'")
    @Column(length = 5)
    public String locale;

    @ElementCollection
    public Set<String> nicknames = new HashSet<>();

    @OneToMany
    public List<Note> notes = new ArrayList<>();

    @OneToMany(mappedBy = "customer")
    public List<Purchase> purchases = new ArrayList<>();
}
