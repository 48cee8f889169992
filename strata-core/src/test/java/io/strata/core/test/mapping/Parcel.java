package io.strata.core.test.mapping;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Enums whose stored values are not their names or ordinals: no implied check. */
@Entity
public class Parcel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stored through a converter, as one letter. */
    @Convert(converter = TierLetter.class)
    @Column(length = 1)
    public Tier tier;

    /** Stored by its {@code @EnumeratedValue}. */
    public Grade grade;

    /** {@link Tier} as its first letter. */
    @Converter
    public static class TierLetter implements AttributeConverter<Tier, String> {

        @Override
        public String convertToDatabaseColumn(Tier tier) {
            return tier == null ? null : tier.name().substring(0, 1);
        }

        @Override
        public Tier convertToEntityAttribute(String letter) {
            if (letter == null) {
                return null;
            }
            for (Tier tier : Tier.values()) {
                if (tier.name().startsWith(letter)) {
                    return tier;
                }
            }
            throw new IllegalArgumentException(letter);
        }
    }
}
