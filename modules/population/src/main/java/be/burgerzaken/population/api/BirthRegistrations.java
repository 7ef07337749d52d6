package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The entry of a newborn in the registers (inschrijving na geboorte / inscription suite à une naissance), an
 * effect of the registration of a birth act: the child gets the main residence of a parent living in the
 * municipality, joins that parent's household and register, all from the birth date. Each call checks access and
 * writes the protocol log in the caller's transaction.
 */
public interface BirthRegistrations {

    /**
     * Where a child born on {@code birthDate} would be entered now: with the first of {@code parentIds} (in order of
     * precedence, the mother first) who is registered, and whose open main residence and household membership
     * began on or before the birth date. Empty when none of them does; a parent unknown to the registers is
     * passed over. Reads only: never refuses, so it can run inside a longer transaction.
     */
    Optional<BirthHome> home(List<UUID> parentIds, LocalDate birthDate, AccessContext context);

    /**
     * Enters the newborn (a kernel person already) at the {@link #home} of its parents, from the birth date: register
     * of that parent, main residence with origin {@link OriginKind#BIRTH}, membership of the parent's household in
     * the position {@link BirthHome#childPosition()}. Refused (400, field {@code parentIds}, code
     * {@code no-resident-parent}) when no parent lives in the municipality; 409 {@code already-registered} when the
     * child is already in the registers.
     */
    ResidentFile register(BirthRegistration birth, AccessContext context);
}
