package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Staff accounts linked to the person they belong to (medewerker als persoon / agent en tant que personne): the
 * administrator records a colleague's national number on their account, so that another staff member's lookup of
 * that person is flagged as a misuse signal ({@code COLLEAGUE_LOOKUP}, {@link TransparencyService#signals}). The
 * link is optional; every change and every refused attempt is protocol-logged.
 */
@ApplicationScoped
@Transactional
public class StaffPersonService {

    /** A staff account and the national number linked to it (null: none). */
    public record StaffAccount(String username, String displayName, String roles, boolean enabled,
                               String nationalNumber) {
    }

    private static final AccessContext CONTEXT = AccessContext.rest("staff account administration");

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;

    public List<StaffAccount> accounts() {
        require("list staff accounts", List.of());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, display_name, roles, enabled, national_number"
                + " FROM kernel.app_user ORDER BY username").getResultList();
        return rows.stream().map(StaffPersonService::account).toList();
    }

    /** Links the account to the person with that national number; blank unlinks it. */
    public StaffAccount link(String username, String nationalNumber) {
        String digits = null;
        UUID person = null;
        if (nationalNumber != null && !nationalNumber.isBlank()) {
            if (!NationalNumber.isValid(nationalNumber)) {
                require("link staff account " + username, List.of());
                throw new ValidationException("nationalNumber", "invalid", "'" + nationalNumber
                        + "' is not a valid national number");
            }
            digits = NationalNumber.parse(nationalNumber).digits();
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT CAST(id AS VARCHAR(36)) FROM kernel.person"
                    + " WHERE national_number = ?").setParameter(1, digits).getResultList();
            person = ids.isEmpty() ? null : UUID.fromString(ids.get(0).toString());
        }
        List<UUID> persons = person == null ? List.of() : List.of(person);
        require("link staff account " + username, persons);
        int n = em.createNativeQuery("UPDATE kernel.app_user SET national_number = ?, version = version + 1"
                + " WHERE username = ?").setParameter(1, digits).setParameter(2, username).executeUpdate();
        if (n != 1) {
            throw new NotFoundException("no staff account " + username);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, digits == null ? List.of()
                        : List.of(InformationType.IDENTIFICATION), persons, CONTEXT,
                (digits == null ? "unlink staff account " : "link staff account ") + username
                        + (digits == null ? "" : " to its person") + " (colleague lookups are flagged)",
                ProtocolOutcome.OK));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, display_name, roles, enabled, national_number"
                + " FROM kernel.app_user WHERE username = ?").setParameter(1, username).getResultList();
        return account(rows.get(0));
    }

    private void require(String what, List<UUID> persons) {
        try {
            access.require(Capability.MANAGE_USERS, null);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), persons, CONTEXT, what,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private static StaffAccount account(Object[] r) {
        return new StaffAccount(r[0].toString(), r[1].toString(), r[2].toString(),
                r[3] instanceof Boolean b ? b : Boolean.parseBoolean(r[3].toString()),
                r[4] == null ? null : r[4].toString());
    }
}
