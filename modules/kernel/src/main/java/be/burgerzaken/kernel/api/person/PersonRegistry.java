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
}
