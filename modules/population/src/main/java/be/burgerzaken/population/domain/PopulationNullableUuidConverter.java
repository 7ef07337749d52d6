package be.burgerzaken.population.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For UUID columns that may be NULL (the kernel's pattern): EclipseLink 4.0's own UUID conversion fails on a NULL
 * read ({@code UUIDConverter} dereferences the value). Used on read-only attributes
 * ({@code insertable = false, updatable = false}); the column is written with native SQL.
 */
@Converter
public class PopulationNullableUuidConverter implements AttributeConverter<UUID, Object> {
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
