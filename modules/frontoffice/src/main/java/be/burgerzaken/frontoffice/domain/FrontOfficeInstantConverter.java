package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Stores {@link Instant} as {@code TIMESTAMP WITH TIME ZONE} in UTC (JPA 3.1 has no basic Instant mapping; ADR 0001). */
@Converter(autoApply = true)
public class FrontOfficeInstantConverter implements AttributeConverter<Instant, OffsetDateTime> {
    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
