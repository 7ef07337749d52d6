package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For UUID columns that may be NULL (EclipseLink 4.0's own UUID conversion fails on a NULL read), as the
 * kernel's converter of the same purpose.
 */
@Converter
public class OptionalUuidConverter implements AttributeConverter<UUID, Object> {
    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
