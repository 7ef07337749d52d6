package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.VoterStatus;
import be.burgerzaken.elections.domain.Eligibility;
import be.burgerzaken.elections.domain.StationRange;
import be.burgerzaken.elections.domain.VoterStatusRule;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person's voter status (kiezersstatus / statut d'électeur) in every current or upcoming election (election day
 * today or later), for the 360° citizen file and its REST form: on the list or not and why (not eligible, voting
 * rights suspended in the kernel's {@link VotingRights} store, taken off the list with the mutation's reason), the
 * station and voter number, the convocation letter and its duplicates, proxies given and received and the
 * non-Belgian request. While a list is not generated yet, the status is provisional: today's registers under the
 * election's rule, and the station whose range covers the current address. Needs {@code READ_VOTER_STATUS} and a
 * purpose; one protocol entry per read. A handful of indexed queries per election, whatever the list's size.
 */
@ApplicationScoped
@Transactional
public class VoterStatusService {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    VotingRights votingRights;
    @Inject
    Clock clock;

    /** The registers of the person on a day, as far as eligibility and the station need them. */
    record Registered(String registerType, String birthDate, String nationalities, String streetCode, String houseNumber) {
    }

    public List<VoterStatus> forPerson(UUID personId, AccessContext context) {
        access.require(Capability.READ_VOTER_STATUS, context);
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        List<UUID> current = db.list("SELECT id FROM elections.election WHERE election_day >= ?"
                + " ORDER BY election_day, name", rs -> Db.uuid(rs, "id"), today);
        List<VotingRightsSuspension> suspensions = current.isEmpty() ? List.of() : votingRights.ofPerson(personId);
        Set<String> eu = current.isEmpty() ? Set.of() : new HashSet<>(db.list("SELECT country FROM"
                + " population.eu_member_state WHERE member_to IS NULL", rs -> rs.getString(1)));
        List<VoterStatus> out = new ArrayList<>();
        for (UUID id : current) {
            out.add(status(elections.load(id), personId, today, suspensions, eu));
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, VoterListService.LIST_TYPES, List.of(personId), context,
                "voter status of person " + personId + " in " + out.size() + " current or upcoming election(s)",
                ProtocolOutcome.OK));
        return out;
    }

    private VoterStatus status(ElectionService.Election e, UUID personId, LocalDate today,
                               List<VotingRightsSuspension> suspensions, Set<String> eu) {
        boolean generated = db.count("SELECT COUNT(*) FROM elections.voter_list WHERE election_id = ?", e.id()) > 0;
        String request = db.one("SELECT status FROM elections.non_belgian_request WHERE election_id = ? AND person_id = ?",
                rs -> rs.getString(1), e.id(), personId);
        String proxyGivenTo = db.one("SELECT p.given_names || ' ' || p.family_name FROM elections.proxy x JOIN kernel.person p"
                + " ON p.id = x.holder_id WHERE x.election_id = ? AND x.grantor_id = ?", rs -> rs.getString(1), e.id(), personId);
        String proxyFrom = db.one("SELECT p.given_names || ' ' || p.family_name FROM elections.proxy x JOIN kernel.person p"
                + " ON p.id = x.grantor_id WHERE x.election_id = ? AND x.holder_id = ?", rs -> rs.getString(1), e.id(), personId);
        Object[] voter = db.one("SELECT v.id, v.status, v.voter_number, s.station_number, s.name, s.address"
                + " FROM elections.voter v LEFT JOIN elections.polling_station s ON s.id = v.station_id"
                + " WHERE v.election_id = ? AND v.person_id = ?", rs -> new Object[] {Db.uuid(rs, "id"), rs.getString("status"),
                Db.integer(rs, "voter_number"), Db.integer(rs, "station_number"), rs.getString("name"),
                rs.getString("address")}, e.id(), personId);
        if (voter != null) {
            UUID voterId = (UUID) voter[0];
            String[] mutation = "REMOVED".equals(voter[1]) ? db.one("SELECT kind, detail FROM elections.list_mutation"
                    + " WHERE voter_id = ? ORDER BY recorded_at DESC", rs -> new String[] {rs.getString(1), rs.getString(2)},
                    voterId) : null;
            List<String> letters = db.list("SELECT verification_code FROM elections.letter WHERE voter_id = ?"
                    + " ORDER BY copy_number", rs -> rs.getString(1), voterId);
            VoterStatusRule.Decision d = VoterStatusRule.decide(true, (String) voter[1],
                    mutation == null ? null : mutation[0], null);
            return new VoterStatus(e.id().toString(), e.name(), e.electionDay(), e.referenceDate(), generated,
                    d.status(), d.reason(), mutation == null ? null : mutation[1], (Integer) voter[3], (String) voter[4],
                    (String) voter[5], (Integer) voter[2], letters.isEmpty() ? null : letters.get(0),
                    Math.max(0, letters.size() - 1), proxyGivenTo, proxyFrom, request);
        }
        // not on a list: explain with the rules, on the reference date (generated list) or with today's registers
        LocalDate day = generated || today.isAfter(e.referenceDate()) ? e.referenceDate() : today;
        Registered r = db.one("SELECT re.register_type, p.birth_date, p.nationalities, a.street_code, a.house_number"
                + " FROM population.residence rs JOIN population.address a ON a.id = rs.address_id"
                + " JOIN kernel.person p ON p.id = rs.person_id LEFT JOIN population.register_entry re"
                + " ON re.person_id = rs.person_id AND re.valid_from <= ? AND (re.valid_to IS NULL OR re.valid_to > ?)"
                + " WHERE rs.person_id = ? AND rs.valid_from <= ? AND (rs.valid_to IS NULL OR rs.valid_to > ?)",
                rs -> new Registered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                day, day, personId, day, day);
        Optional<VotingRightsSuspension> suspended = suspensions.stream().filter(s -> s.inForceOn(e.referenceDate()))
                .findFirst();
        Eligibility.Outcome outcome = r == null ? null : Eligibility.assess(r.registerType() == null ? "WAITING"
                        : r.registerType(), nationalityGroup(r.nationalities(), eu), r.birthDate(), e.rule(),
                e.electionDay(), "APPROVED".equals(request), suspended.isPresent());
        VoterStatusRule.Decision d = VoterStatusRule.decide(generated, null, null, outcome);
        Object[] station = r == null || outcome != Eligibility.Outcome.VOTER ? null : station(e.id(), r);
        return new VoterStatus(e.id().toString(), e.name(), e.electionDay(), e.referenceDate(), generated, d.status(),
                d.reason(), outcome == Eligibility.Outcome.SUSPENDED ? suspended.get().legalBasis() : null,
                station == null ? null : (Integer) station[0], station == null ? null : (String) station[1],
                station == null ? null : (String) station[2], null, null, 0, proxyGivenTo, proxyFrom, request);
    }

    /** The station whose range covers the address: number, name, address; null when none does. */
    private Object[] station(UUID electionId, Registered r) {
        List<StationRange> ranges = db.list("SELECT r.*, s.station_number FROM elections.station_range r"
                + " JOIN elections.polling_station s ON s.id = r.station_id WHERE s.election_id = ? AND r.street_code = ?"
                + " ORDER BY s.station_number, r.from_number", rs -> new StationRange(Db.uuid(rs, "station_id"),
                rs.getInt("station_number"), rs.getString("street_code"), Db.integer(rs, "from_number"),
                Db.integer(rs, "to_number"), rs.getString("parity")), electionId, r.streetCode());
        StationRange hit = ranges.stream().filter(x -> x.covers(r.streetCode(), r.houseNumber())).findFirst().orElse(null);
        return hit == null ? null : db.one("SELECT station_number, name, address FROM elections.polling_station"
                + " WHERE id = ?", rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3)}, hit.stationId());
    }

    /** BELGIAN, EU (a current member state), NON_EU or UNKNOWN, from the kernel's comma-separated ISO codes. */
    static String nationalityGroup(String nationalities, Set<String> euMembers) {
        List<String> codes = nationalities == null ? List.of() : Arrays.stream(nationalities.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            return "UNKNOWN";
        }
        if (codes.contains("BE")) {
            return "BELGIAN";
        }
        return codes.stream().anyMatch(euMembers::contains) ? "EU" : "NON_EU";
    }

    /**
     * The next election (day today or later) whose rule admits non-Belgian voters on request, for the screen the
     * catalogue's non-Belgian voter registration opens; empty when none is planned. No personal data.
     */
    public Optional<UUID> nextOpenToNonBelgians() {
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        return db.list("SELECT e.id FROM elections.election e JOIN elections.election_rule r ON r.id = e.rule_id"
                + " WHERE e.election_day >= ? AND (r.eu_citizens OR r.non_eu_citizens) ORDER BY e.election_day, e.name",
                rs -> Db.uuid(rs, "id"), today).stream().findFirst();
    }
}
