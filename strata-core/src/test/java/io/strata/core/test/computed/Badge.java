package io.strata.core.test.computed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Formula;

/** A badge with a unique code and the code in capitals, computed by the database on every read. */
@Entity
public class Badge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Formula("upper(code)")
    private String shout;

    protected Badge() {
    }

    public String getCode() {
        return code;
    }

    public String getShout() {
        return shout;
    }
}
