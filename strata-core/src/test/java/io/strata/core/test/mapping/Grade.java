package io.strata.core.test.mapping;

import jakarta.persistence.EnumeratedValue;

/** Stored by its code. */
public enum Grade {
    FIRST(1), SECOND(2);

    @EnumeratedValue
    final int code;

    Grade(int code) {
        this.code = code;
    }
}
