package be.burgerzaken.kernel.api.person;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.UUID;

/**
 * Changes to persons' identity, used by the procedures that own them (birth and name-change acts, death,
 * registration on arrival, corrections). Each change is kept as history with its legal basis.
 */
public interface PersonRegistry {

    PersonView register(NewPerson person, AccessContext context);

    /**
     * Same as {@link #register(NewPerson, AccessContext)}, idempotent under {@code idempotencyKey}: a retry with
     * the same key and the same data returns the person registered the first time (null key: not idempotent).
     */
    PersonView register(NewPerson person, AccessContext context, String idempotencyKey);

    /**
     * Records a fact change on the version the caller saw; a different current version is refused with a
     * {@link be.burgerzaken.kernel.api.problem.ConflictException}.
     */
    PersonView recordFact(UUID personId, FactChange change, long expectedVersion, AccessContext context);

    /** Validates a person's identity data without storing anything; the same checks as {@link #register}. */
    void validate(NewPerson person);

    /**
     * Gives the person a new national register number for their current birth date and sex, from
     * {@code change.validFrom()}: after a change of registered sex or a corrected birth date the old number no
     * longer fits (domain.md section 1). The old number stays in the history and as a former number (never
     * allocated again, still found by {@link PersonDirectory#lookup}). A number that still fits is not replaced
     * (409 {@code national-number-fits}); a BIS number is not ours to replace (409 {@code bis-number}).
     */
    PersonView renumber(UUID personId, NationalNumberChange change, long expectedVersion, AccessContext context);
}
