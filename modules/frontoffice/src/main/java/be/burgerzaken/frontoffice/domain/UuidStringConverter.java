package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For UUID columns that may be NULL, stored as VARCHAR(36): a NULL UUID bound by JPA is a VARCHAR to PostgreSQL,
 * which a UUID column refuses.
 */
@Converter
public class UuidStringConverter implements AttributeConverter<UUID, String> {
    @Override
    public String convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    }
}
