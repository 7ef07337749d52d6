package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.population.api.AbsenceReason;
import be.burgerzaken.population.domain.AbsenceLimits;
import be.burgerzaken.population.domain.ReferenceAddressSettings;
import be.burgerzaken.population.domain.RemovalRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo register procedures, deterministic for the seed: among the adults living alone (so no household needs a new
 * reference person) {@link #ABSENT} get a temporary absence (one of them extended), {@link #AT_OCMW} a reference
 * address at the OCMW (homeless) and {@link #EMIGRATED} left for abroad (their identity documents cancelled), all
 * recently; {@link #AT_PRIVATE_HOST} lives in a mobile dwelling with a reference address at another single's main
 * residence (the consenting private host) and {@link #REMOVAL_PROPOSED} has an open ex-officio removal proposal. Bulk JDBC in one transaction;
 * runs only while none of these procedures exists.
 */
@ApplicationScoped
public class RegisterProceduresDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(RegisterProceduresDemoData.class.getName());
    static final int ABSENT = 5;
    static final int AT_OCMW = 2;
    static final int EMIGRATED = 1;
    /** One reference address with a private host (a second single, the host, keeps living at the address). */
    static final int AT_PRIVATE_HOST = 1;
    /** One open ex-officio removal proposal (absent for eight months, no police report yet). */
    static final int REMOVAL_PROPOSED = 1;
    static final String BY = "demo";
    static final AbsenceReason[] REASONS = {AbsenceReason.STUDIES, AbsenceReason.CARE_HOME,
            AbsenceReason.BUSINESS_TRIP, AbsenceReason.HEALTH, AbsenceReason.DIPLOMATIC_MISSION};
    static final String[][] ABROAD = {{"NL", "Oudegracht 120, 3511 AW Utrecht"}, {"FR", "12 rue de la Paix, 75002 Paris"},
            {"DE", "Domkloster 4, 50667 Köln"}, {"ES", "Calle Mayor 10, 28013 Madrid"}};

    @Inject
    Platform platform;
    @Inject
    Clock clock;
    @Inject
    AbsenceLimits limits;
    @Inject
    ReferenceAddressSettings settings;
    @Inject
    RemovalRules removalRules;

    /** A demo person living alone at an address. */
    record Single(UUID personId, UUID householdId, UUID residenceId, UUID registerId, LocalDate since) {
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public void load(long seed) {
        int n = DemoJdbc.inOneTransaction(platform.dataSource(), "demo register procedures",
                c -> load(c, seed, LocalDate.now(clock.withZone(ResidentService.BELGIUM))));
        if (n > 0) {
            LOG.info("demo data: " + n + " register procedures (temporary absences, reference addresses, "
                    + "departures abroad)");
        }
    }

    int load(Connection c, long seed, LocalDate today) throws SQLException {
        if (DemoJdbc.count(c, "SELECT COUNT(*) FROM population.temporary_absence") > 0
                || DemoJdbc.count(c, "SELECT COUNT(*) FROM population.reference_address") > 0
                || DemoJdbc.count(c, "SELECT COUNT(*) FROM population.emigration") > 0
                || DemoJdbc.count(c, "SELECT COUNT(*) FROM population.removal_proposal") > 0) {
            return 0;
        }
        List<Single> singles = singles(c, today);
        if (singles.size() < ABSENT + AT_OCMW + EMIGRATED + 2 * AT_PRIVATE_HOST + REMOVAL_PROPOSED) {
            return 0;
        }
        Collections.shuffle(singles, new Random(seed * 31 + 120));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int i = 0;
        for (; i < ABSENT; i++) {
            absence(c, seed, i, singles.get(i), today, now);
        }
        UUID ocmw = ocmwAddress(c, seed);
        for (int k = 0; k < AT_OCMW; k++, i++) {
            referenceAddress(c, seed, i, singles.get(i), ocmw, today.minusDays(15 + 10L * k), now);
        }
        for (int k = 0; k < EMIGRATED; k++, i++) {
            emigration(c, seed, i, singles.get(i), today.minusDays(40 + 7L * k), ABROAD[(int) Math.floorMod(seed + k,
                    (long) ABROAD.length)], now);
        }
        // --- demo realism (issue 3, task I) ---
        int done = i;
        for (int k = 0; k < AT_PRIVATE_HOST; k++, i += 2, done++) {
            privateHost(c, seed, k, singles.get(i), singles.get(i + 1), today.minusDays(25 + 10L * k), now);
        }
        for (int k = 0; k < REMOVAL_PROPOSED; k++, i++, done++) {
            removalProposal(c, seed, k, singles.get(i), today.minusMonths(8), today, now);
        }
        return done;
    }

    /**
     * A reference address with a private host (referentieadres bij een particulier / adresse de référence chez un
     * particulier): a person living in a mobile dwelling is registered at the main residence of a consenting host,
     * in a household of their own there; the host stays where they live.
     */
    private void privateHost(Connection c, long seed, int k, Single p, Single host, LocalDate from, OffsetDateTime now)
            throws SQLException {
        closeResidenceAndMembership(c, p, from, now);
        UUID household = id("host-household", seed, k);
        DemoJdbc.update(c, "INSERT INTO population.household (id, address_id, collective, created_at, version)"
                + " SELECT ?, address_id, FALSE, ?, 0 FROM population.residence WHERE id = ?", household, now,
                host.residenceId());
        DemoJdbc.update(c, "INSERT INTO population.residence (id, person_id, address_id, valid_from, origin,"
                + " origin_nis, origin_country, recorded_at, recorded_by, basis_kind, basis_ref, reference_address)"
                + " SELECT ?, ?, r.address_id, ?, 'MUNICIPALITY', a.nis, NULL, ?, ?, 'DECLARATION', ?, 'PRIVATE_HOST'"
                + " FROM population.residence r JOIN population.address a ON a.id = r.address_id WHERE r.id = ?",
                id("host-residence", seed, k), p.personId(), Date.valueOf(from), now, BY,
                "demo reference address at a private host " + (k + 1), host.residenceId());
        DemoJdbc.update(c, "INSERT INTO population.household_membership (id, household_id, person_id, position,"
                + " valid_from, recorded_at, recorded_by) VALUES (?, ?, ?, '01', ?, ?, ?)",
                id("host-membership", seed, k), household, p.personId(), Date.valueOf(from), now, BY);
        DemoJdbc.update(c, "INSERT INTO population.reference_address (id, person_id, category, kind, address_id,"
                + " host_person_id, consent_date, consent_ref, valid_from, recorded_at, recorded_by, basis_kind,"
                + " basis_ref) SELECT ?, ?, 'MOBILE_DWELLING', 'PRIVATE_HOST', address_id, ?, ?, ?, ?, ?, ?,"
                + " 'DECLARATION', ? FROM population.residence WHERE id = ?",
                id("host-reference-address", seed, k), p.personId(), host.personId().toString(),
                Date.valueOf(from.minusDays(3)), "demo host consent " + (k + 1), Date.valueOf(from), now, BY,
                "demo reference address at a private host " + (k + 1), host.residenceId());
        bumpResident(c, p.personId(), null, now);
    }

    /** An open ex-officio removal proposal (voorstel tot ambtshalve schrapping / proposition de radiation d'office). */
    private void removalProposal(Connection c, long seed, int k, Single p, LocalDate absentSince, LocalDate today,
                                 OffsetDateTime now) throws SQLException {
        DemoJdbc.update(c, "INSERT INTO population.removal_proposal (id, person_id, status, absent_since, remarks,"
                + " proposed_at, proposed_by, short_absence, version) VALUES (?, ?, 'PROPOSED', ?, ?, ?, ?, ?, 0)",
                id("removal-proposal", seed, k), p.personId(), Date.valueOf(absentSince),
                "demo: neighbours report the flat empty since " + absentSince, now, BY,
                removalRules.shortAbsence(absentSince, today));
        bumpResident(c, p.personId(), null, now);
    }

    /** Active adults alone in a private household, living at their address for more than 400 days. */
    static List<Single> singles(Connection c, LocalDate today) throws SQLException {
        List<Single> singles = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.person_id, m.household_id, r.id, e.id, r.valid_from"
                + " FROM population.household_membership m"
                + " JOIN population.household h ON h.id = m.household_id AND h.collective = FALSE"
                + " JOIN population.resident x ON x.person_id = m.person_id AND x.status = 'REGISTERED'"
                + " JOIN population.residence r ON r.person_id = m.person_id AND r.valid_to IS NULL"
                + " JOIN population.register_entry e ON e.person_id = m.person_id AND e.valid_to IS NULL"
                + " JOIN kernel.person p ON p.id = m.person_id AND p.status = 'ACTIVE'"
                + " WHERE m.valid_to IS NULL AND r.reference_address IS NULL AND r.valid_from <= ?"
                + " AND p.birth_date <= ? AND p.birth_date NOT LIKE '%-00%'"
                + " AND NOT EXISTS (SELECT 1 FROM population.household_membership o"
                + "   WHERE o.household_id = m.household_id AND o.person_id <> m.person_id)"
                + " ORDER BY m.person_id")) {
            s.setDate(1, Date.valueOf(today.minusDays(400)));
            s.setString(2, today.minusYears(18).toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    singles.add(new Single(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getDate(5).toLocalDate()));
                }
            }
        }
        return singles;
    }

    private void absence(Connection c, long seed, int i, Single p, LocalDate today, OffsetDateTime now)
            throws SQLException {
        LocalDate from = today.minusDays(20 + 30L * i);
        LocalDate original = from.plusMonths(3 + 2L * i);
        boolean extended = i == ABSENT - 1;
        LocalDate planned = extended ? original.plusMonths(6) : original;
        DemoJdbc.update(c, "INSERT INTO population.temporary_absence (id, person_id, reason, valid_from, planned_end,"
                + " original_planned_end, extensions, remarks, rule_source, recorded_at, recorded_by, basis_kind,"
                + " basis_ref, extended_at, extended_by, extension_basis_kind, extension_basis_ref)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'DECLARATION', ?, ?, ?, ?, ?)",
                id("absence", seed, i), p.personId(), REASONS[i % REASONS.length].name(), Date.valueOf(from),
                Date.valueOf(planned), Date.valueOf(original), extended ? 1 : 0, limits.rule(from).id(), now, BY,
                "demo declaration " + (i + 1), extended ? now : null, extended ? BY : null,
                extended ? "DECLARATION" : null, extended ? "demo extension" : null);
    }

    private void referenceAddress(Connection c, long seed, int i, Single p, UUID ocmw, LocalDate from,
                                  OffsetDateTime now) throws SQLException {
        closeResidenceAndMembership(c, p, from, now);
        UUID household = id("ocmw-household", seed, i);
        DemoJdbc.update(c, "INSERT INTO population.household (id, address_id, collective, created_at, version)"
                + " VALUES (?, ?, FALSE, ?, 0)", household, ocmw, now);
        DemoJdbc.update(c, "INSERT INTO population.residence (id, person_id, address_id, valid_from, origin,"
                + " origin_nis, origin_country, recorded_at, recorded_by, basis_kind, basis_ref, reference_address)"
                + " SELECT ?, ?, ?, ?, 'MUNICIPALITY', a.nis, NULL, ?, ?, 'DECLARATION', ?, 'OCMW'"
                + " FROM population.address a WHERE a.id = ?",
                id("ocmw-residence", seed, i), p.personId(), ocmw, Date.valueOf(from), now, BY,
                "demo reference address " + (i + 1), ocmw);
        DemoJdbc.update(c, "INSERT INTO population.household_membership (id, household_id, person_id, position,"
                + " valid_from, recorded_at, recorded_by) VALUES (?, ?, ?, '01', ?, ?, ?)",
                id("ocmw-membership", seed, i), household, p.personId(), Date.valueOf(from), now, BY);
        DemoJdbc.update(c, "INSERT INTO population.reference_address (id, person_id, category, kind, address_id,"
                + " valid_from, recorded_at, recorded_by, basis_kind, basis_ref)"
                + " VALUES (?, ?, 'HOMELESS', 'OCMW', ?, ?, ?, ?, 'DECLARATION', ?)",
                id("reference-address", seed, i), p.personId(), ocmw, Date.valueOf(from), now, BY,
                "demo reference address " + (i + 1));
        bumpResident(c, p.personId(), null, now);
    }

    private void emigration(Connection c, long seed, int i, Single p, LocalDate day, String[] abroad, OffsetDateTime now)
            throws SQLException {
        closeResidenceAndMembership(c, p, day, now);
        DemoJdbc.update(c, "UPDATE population.register_entry SET valid_to = ?, closed_at = ?, closed_by = ?"
                + " WHERE id = ?", Date.valueOf(day), now, BY, p.registerId());
        DemoJdbc.update(c, "INSERT INTO population.emigration (id, person_id, country, foreign_address, valid_from,"
                + " recorded_at, recorded_by, basis_kind, basis_ref) VALUES (?, ?, ?, ?, ?, ?, ?, 'DECLARATION', ?)",
                id("emigration", seed, i), p.personId(), abroad[0], abroad[1], Date.valueOf(day), now, BY,
                "demo departure " + (i + 1));
        bumpResident(c, p.personId(), "EMIGRATED", now);
        // a departure abroad cancels the person's identity documents (as DocumentEnds does; issue 3, task I)
        String reason = "departure abroad to " + abroad[0] + " on " + day;
        DemoJdbc.update(c, "INSERT INTO population.identity_document_event (id, document_id, from_status, to_status,"
                + " step, occurred_at, recorded_by, reason, reference) SELECT ?, id, status, 'CANCELLED', 'CANCEL', ?,"
                + " 'system', ?, NULL FROM population.identity_document WHERE person_id = ? AND status IN ('APPLIED',"
                + " 'PRODUCTION_ORDERED', 'PIN_PUK_SENT', 'ACTIVATED')", id("emigration-document", seed, i), now,
                reason, p.personId());
        DemoJdbc.update(c, "UPDATE population.identity_document SET status = 'CANCELLED', updated_at = ?,"
                + " version = version + 1 WHERE person_id = ? AND status IN ('APPLIED', 'PRODUCTION_ORDERED',"
                + " 'PIN_PUK_SENT', 'ACTIVATED')", now, p.personId());
    }

    private static void closeResidenceAndMembership(Connection c, Single p, LocalDate day, OffsetDateTime now)
            throws SQLException {
        DemoJdbc.update(c, "UPDATE population.residence SET valid_to = ?, closed_at = ?, closed_by = ? WHERE id = ?",
                Date.valueOf(day), now, BY, p.residenceId());
        DemoJdbc.update(c, "UPDATE population.household_membership SET valid_to = ?, closed_at = ?, closed_by = ?"
                + " WHERE person_id = ? AND household_id = ? AND valid_to IS NULL",
                Date.valueOf(day), now, BY, p.personId(), p.householdId());
        DemoJdbc.update(c, "UPDATE population.household SET version = version + 1 WHERE id = ?", p.householdId());
    }

    private static void bumpResident(Connection c, UUID personId, String status, OffsetDateTime now) throws SQLException {
        DemoJdbc.update(c, "UPDATE population.resident SET status = COALESCE(?, status), updated_at = ?,"
                + " version = version + 1 WHERE person_id = ?", status, now, personId);
    }

    /** The OCMW's address (configured street code, house number, box), added on first use. */
    private UUID ocmwAddress(Connection c, long seed) throws SQLException {
        var a = settings.ocmwAddress();
        String box = a.box() == null ? "" : a.box().strip();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM population.address WHERE street_code = ? AND"
                + " house_number = ? AND box = ?")) {
            s.setString(1, a.streetCode());
            s.setString(2, a.houseNumber());
            s.setString(3, box);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getObject(1, UUID.class);
                }
            }
        }
        UUID id = id("ocmw-address", seed, 0);
        if (DemoJdbc.update(c, "INSERT INTO population.address (id, nis, street_code, house_number, box, postcode)"
                + " SELECT ?, nis, street_code, ?, ?, postcode FROM population.street WHERE street_code = ?",
                id, a.houseNumber(), box, a.streetCode()) != 1) {
            throw new IllegalStateException("the configured OCMW street " + a.streetCode()
                    + " is not in the street list (bz.population.reference-address.ocmw.street-code)");
        }
        return id;
    }

    private static UUID id(String kind, long seed, long index) {
        return UUID.nameUUIDFromBytes(("bz-population-procedure-" + kind + "-" + seed + "-" + index)
                .getBytes(StandardCharsets.UTF_8));
    }
}
