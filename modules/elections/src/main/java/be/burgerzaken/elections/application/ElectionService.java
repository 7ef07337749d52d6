package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.Deadlines;
import be.burgerzaken.elections.api.ElectionInput;
import be.burgerzaken.elections.api.ElectionType;
import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.domain.ElectionRule;
import be.burgerzaken.elections.domain.ElectionRules;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Elections (verkiezingen / élections): creation with the rule row that governs the type on the election day, the
 * derived deadlines, reads. No personal data here; the commands need {@code MANAGE_ELECTIONS}.
 */
@ApplicationScoped
@Transactional
public class ElectionService {
    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.municipality.nis", defaultValue = "24062")
    String municipalityNis;

    /** Record of one election row as stored. */
    public record Election(UUID id, String name, ElectionType type, LocalDate electionDay, LocalDate referenceDate,
                           String nis, String openingHours, ElectionRule rule, long version) {
        public Deadlines deadlines() {
            return ElectionRules.deadlines(rule, electionDay);
        }
    }

    public List<ElectionRule> rules() {
        return db.list("SELECT * FROM elections.election_rule ORDER BY election_type, valid_from", ElectionService::rule);
    }

    public ElectionView create(ElectionInput in, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        if (in == null) {
            throw new ValidationException("body", "required", "send the election");
        }
        Optional<ElectionRule> rule = in.type() == null || in.electionDay() == null ? Optional.empty()
                : ElectionRules.ruleFor(rules(), in.type(), in.electionDay());
        LocalDate reference = in.referenceDate() != null || rule.isEmpty() ? in.referenceDate()
                : ElectionRules.defaultReferenceDate(rule.get(), in.electionDay());
        List<FieldProblem> problems = new java.util.ArrayList<>(
                ElectionRules.check(in.name(), in.type(), in.electionDay(), reference, rule));
        String hours = in.openingHours() == null || in.openingHours().isBlank() ? "08:00-16:00" : in.openingHours().strip();
        if (hours.length() > 100) {
            problems.add(new FieldProblem("openingHours", "too-long", "the opening hours have at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = UUID.randomUUID();
        db.update("INSERT INTO elections.election (id, name, election_type, election_day, reference_date,"
                        + " municipality_nis, rule_id, opening_hours, created_at, created_by, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, in.name().strip(), in.type(), in.electionDay(),
                reference, municipalityNis, rule.get().id(), hours, clock.instant(), actor.name());
        return view(load(id));
    }

    public ElectionView get(UUID id, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        return view(load(id));
    }

    public List<ElectionView> list(AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        List<ElectionRule> rules = rules();
        return db.list("SELECT e.*, (SELECT COUNT(*) FROM elections.voter_list l WHERE l.election_id = e.id) AS lists"
                + " FROM elections.election e ORDER BY e.election_day DESC, e.name", rs -> election(rs, rules))
                .stream().map(this::view).toList();
    }

    /** The election row, or 404. */
    public Election load(UUID id) {
        List<ElectionRule> rules = rules();
        Election e = db.one("SELECT * FROM elections.election WHERE id = ?", rs -> election(rs, rules), id);
        if (e == null) {
            throw new NotFoundException("no election " + id);
        }
        return e;
    }

    ElectionView view(Election e) {
        boolean generated = db.count("SELECT COUNT(*) FROM elections.voter_list WHERE election_id = ?", e.id()) > 0;
        ElectionRule r = e.rule();
        return new ElectionView(e.id().toString(), e.name(), e.type(), e.electionDay(), e.referenceDate(), e.nis(),
                e.openingHours(), r.id(), r.minAge(), r.compulsory(), r.euCitizens(), r.nonEuCitizens(), e.deadlines(),
                generated, e.version());
    }

    static Election election(ResultSet rs, List<ElectionRule> rules) throws SQLException {
        String ruleId = rs.getString("rule_id");
        ElectionRule rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return new Election(Db.uuid(rs, "id"), rs.getString("name"), ElectionType.valueOf(rs.getString("election_type")),
                Db.date(rs, "election_day"), Db.date(rs, "reference_date"), rs.getString("municipality_nis"),
                rs.getString("opening_hours"), rule, rs.getLong("version"));
    }

    static ElectionRule rule(ResultSet rs) throws SQLException {
        String request = rs.getString("request_deadline_md");
        return new ElectionRule(rs.getString("id"), ElectionType.valueOf(rs.getString("election_type")),
                Db.date(rs, "valid_from"), Db.date(rs, "valid_until"), rs.getInt("min_age"), rs.getBoolean("compulsory"),
                rs.getBoolean("eu_citizens"), rs.getBoolean("non_eu_citizens"), rs.getInt("non_eu_residence_years"),
                rs.getInt("objection_days_before"), rs.getInt("letter_days_before"),
                request == null ? null : MonthDay.parse("--" + request),
                MonthDay.parse("--" + rs.getString("reference_md")), rs.getString("legal_basis"));
    }
}
