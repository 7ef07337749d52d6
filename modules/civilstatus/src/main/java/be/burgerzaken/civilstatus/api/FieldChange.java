package be.burgerzaken.civilstatus.api;

/**
 * One field an amended act changes: its path in the act's content ({@code child.givenNames},
 * {@code parents[0].person.birthDate}) and its value before and after (null = empty).
 */
public record FieldChange(String field, String before, String after) {
}
