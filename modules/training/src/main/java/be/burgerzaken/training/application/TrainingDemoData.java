package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.access.StaffDirectory;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.training.domain.RequirementEvaluator;
import be.burgerzaken.training.persistence.CourseRow;
import be.burgerzaken.training.persistence.DeclarationRow;
import be.burgerzaken.training.persistence.DeclarationTypeRow;
import be.burgerzaken.training.persistence.EnrolmentRow;
import be.burgerzaken.training.persistence.ExemptionRow;
import be.burgerzaken.training.persistence.LegalChangeRow;
import be.burgerzaken.training.persistence.BriefingCompletionRow;
import be.burgerzaken.training.persistence.RequirementRow;
import be.burgerzaken.training.persistence.SessionRow;
import be.burgerzaken.training.persistence.StaffMemberRow;
import be.burgerzaken.training.persistence.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The training demo: a catalogue, requirements per role, past and planned sessions, and a staff population with
 * valid training for every demo user of the README (so every screen and test keeps working) plus extra staff for the
 * compliant / expiring soon / in grace / blocked / exempted mix. Dates are relative to today, so the mix holds on any
 * day. Loaded once (when the catalogue is empty).
 */
@ApplicationScoped
public class TrainingDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(TrainingDemoData.class.getName());
    static final String PASSWORD = "burgerzaken";

    /** Extra demo staff: user name to role (README). */
    static final Map<String, String> EXTRA = new LinkedHashMap<>();

    static {
        EXTRA.put("lotte", Roles.CLERK);                  // compliant
        EXTRA.put("bram", Roles.CLERK);                   // privacy course expires in 10 days
        EXTRA.put("chris", Roles.CLERK);                  // privacy course expired beyond grace: blocked
        EXTRA.put("dina", Roles.POPULATION_OFFICER);      // privacy course expired 10 days ago: in grace; briefing due
        EXTRA.put("emre", Roles.CRIMINAL_RECORDS_CLERK);  // criminal-records course missing, exempted
    }

    @Inject
    Platform platform;
    @Inject
    Writer writer;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(long seed) {
        // accounts first, each in its own short transaction (password hashing holds no connection, ADR 0008)
        EXTRA.forEach((user, role) -> platform.ensureUser(user, "Demo " + user, PASSWORD, Set.of(role)));
        writer.write();
    }

    /** Everything else in one transaction. */
    @ApplicationScoped
    public static class Writer {
        @Inject
        TrainingStore store;
        @Inject
        StaffDirectory directory;
        @Inject
        Clock clock;
        @Inject
        Event<TrainingChanged> changed;

        private final Map<String, CourseRow> courses = new HashMap<>();
        private final Map<String, StaffMemberRow> staff = new HashMap<>();
        private int trainer;

        @Transactional
        public void write() {
            if (!store.courses().isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock.withZone(TrainingGate.BELGIUM));
            course("PRIVACY-NR", "Privacy (AVG) en gebruik van het Rijksregister",
                    "Vie privée (RGPD) et utilisation du Registre national",
                    "Privacy (GDPR) and use of the National Register", "PRIVACY_NATIONAL_REGISTER", "E_LEARNING", 180, 24,
                    "AVG/GDPR; wet van 8 augustus 1983 (Rijksregister); machtigingen RR");
            course("SERVICE", "Klantvriendelijk en oplossingsgericht onthaal", "Accueil convivial et orienté solutions",
                    "Citizen-friendly, solution-oriented service", "SERVICE", "CLASSROOM", 420, 36, null);
            course("POPULATION-LAW", "Bevolkingsregisters en verblijf", "Registres de population et résidence",
                    "Population registers and residence", "POPULATION_LAW", "CLASSROOM", 360, 24,
                    "wet van 19 juli 1991; KB 16 juli 1992; onderrichtingen bevolkingsregisters");
            course("CIVIL-STATUS-LAW", "Recht van de burgerlijke stand en DABS", "Droit de l'état civil et BAEC",
                    "Civil status law and the civil status database", "CIVIL_STATUS_LAW", "CLASSROOM", 360, 24,
                    "Burgerlijk Wetboek boek 1; wet van 18 juni 2018");
            course("CRIMINAL-RECORDS", "Strafregister: uittreksels en vertrouwelijkheid",
                    "Casier judiciaire : extraits et confidentialité", "Criminal records: extracts and confidentiality",
                    "CRIMINAL_RECORDS", "CLASSROOM", 240, 12, "Wetboek van strafvordering art. 589-601");
            course("ELECTIONS", "Verkiezingen: kiezerslijsten en organisatie", "Élections : listes des électeurs",
                    "Elections: voter lists and organisation", "ELECTIONS", "CLASSROOM", 240, 12, "Kieswetboek");
            course("EID-DOCS", "eID en identiteitsdocumenten", "eID et documents d'identité", "eID and identity documents",
                    "EID_DOCUMENTS", "E_LEARNING", 120, 36, null);
            DeclarationTypeRow conf = new DeclarationTypeRow().id(UUID.randomUUID()).code("CONFIDENTIALITY-CR")
                    .titleNl("Vertrouwelijkheidsverklaring strafregister")
                    .titleFr("Déclaration de confidentialité casier judiciaire")
                    .titleEn("Criminal records confidentiality declaration").validityMonths(60);
            put(conf);

            LocalDate from = LocalDate.of(2020, 1, 1);
            for (String role : List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
                    Roles.CRIMINAL_RECORDS_CLERK, Roles.ELECTION_OFFICER)) {
                requirement(role, "COURSE", "PRIVACY-NR", 30, from);
            }
            requirement(Roles.CLERK, "COURSE", "SERVICE", 60, from);
            requirement(Roles.POPULATION_OFFICER, "COURSE", "POPULATION-LAW", 30, from);
            requirement(Roles.CIVIL_REGISTRAR, "COURSE", "CIVIL-STATUS-LAW", 30, from);
            requirement(Roles.CRIMINAL_RECORDS_CLERK, "COURSE", "CRIMINAL-RECORDS", 30, from);
            requirement(Roles.CRIMINAL_RECORDS_CLERK, "DECLARATION", "CONFIDENTIALITY-CR", 0, from);
            requirement(Roles.ELECTION_OFFICER, "COURSE", "ELECTIONS", 30, from);

            Map<String, String> teams = new LinkedHashMap<>();
            teams.put("clerk", "Onthaal");
            teams.put("lotte", "Onthaal");
            teams.put("bram", "Onthaal");
            teams.put("chris", "Onthaal");
            teams.put("population", "Bevolking");
            teams.put("dina", "Bevolking");
            teams.put("registrar", "Burgerlijke stand");
            teams.put("criminal", "Strafregister");
            teams.put("emre", "Strafregister");
            teams.put("elections", "Verkiezingen");
            teams.put("training", "Staf");
            teams.put("auditor", "Staf");
            teams.put("admin", "Staf");
            teams.forEach((user, team) -> {
                StaffMemberRow s = new StaffMemberRow().id(UUID.randomUUID()).userName(user)
                        .displayName(directory.displayName(user).orElse("Demo " + user)).department("Burgerzaken")
                        .team(team).createdAt(clock.instant());
                put(s);
                staff.put(user, s);
            });

            // recent sessions (two months ago): valid training for every README demo user
            LocalDate recent = today.minusDays(60);
            attend("PRIVACY-NR", recent, "clerk", "population", "registrar", "criminal", "elections", "training",
                    "lotte", "emre");
            attend("SERVICE", recent.minusDays(1), "clerk", "lotte", "bram", "chris");
            attend("POPULATION-LAW", recent.minusDays(2), "population", "dina");
            attend("CIVIL-STATUS-LAW", recent.minusDays(3), "registrar");
            attend("CRIMINAL-RECORDS", recent.minusDays(4), "criminal");
            attend("ELECTIONS", recent.minusDays(5), "elections");
            attend("EID-DOCS", recent.minusDays(6), "clerk", "population");
            // the mix: privacy course passed 24 months ago minus 10 days (expires in 10 days), plus 10 days (in grace),
            // plus 45 days (expired beyond the 30 days' grace)
            attend("PRIVACY-NR", today.minusMonths(24).plusDays(10), "bram");
            attend("PRIVACY-NR", today.minusMonths(24).minusDays(9), "dina");
            attend("PRIVACY-NR", today.minusMonths(24).minusDays(45), "chris");
            // planned sessions: a small one (waiting list) and a larger one
            session("PRIVACY-NR", today.plusDays(14), 2);
            session("SERVICE", today.plusDays(21), 12);

            for (String user : List.of("criminal", "emre")) {
                LocalDate signed = today.minusDays(300);
                put(new DeclarationRow().id(UUID.randomUUID()).staffId(staff.get(user).id())
                        .typeCode(conf.code()).signedOn(signed)
                        .expiresOn(RequirementEvaluator.validUntil(signed, conf.validityMonths())).registeredBy("system"));
            }
            put(new ExemptionRow().id(UUID.randomUUID()).staffId(staff.get("emre").id())
                    .itemCode("CRIMINAL-RECORDS").validFrom(today.minusDays(5)).validUntil(today.plusDays(40))
                    .reason("new colleague: course planned next quarter, works under supervision").grantedBy("admin")
                    .grantedAt(clock.instant()));
            LegalChangeRow change = new LegalChangeRow().id(UUID.randomUUID()).code("ADDR-2026")
                    .title("Nieuwe termijnen voor de woonstvaststelling").ruleReference("population.address-change.deadlines")
                    .effectiveOn(today.plusDays(30)).dueOn(today.plusDays(20)).roles(Roles.POPULATION_OFFICER)
                    .markedBy("training");
            put(change);
            put(new BriefingCompletionRow().id(UUID.randomUUID()).legalChangeId(change.id())
                    .staffId(staff.get("population").id()).completedOn(today.minusDays(1)).registeredBy("training"));
            store.flush();
            changed.fire(new TrainingChanged("demo data"));
            LOG.info("training demo: " + courses.size() + " courses, " + staff.size() + " staff members");
        }

        /** Persists and flushes: the rows have no JPA relations, so only the write order keeps the foreign keys. */
        private void put(Object row) {
            store.persist(row);
            store.flush();
        }

        private void course(String code, String nl, String fr, String en, String topic, String format, int minutes,
                            Integer months, String rules) {
            CourseRow c = new CourseRow().id(UUID.randomUUID()).code(code).titleNl(nl).titleFr(fr).titleEn(en)
                    .topic(topic).format(format).durationMinutes(minutes).validityMonths(months).legalRules(rules);
            put(c);
            courses.put(code, c);
        }

        private void requirement(String role, String kind, String code, int grace, LocalDate from) {
            put(new RequirementRow().id(UUID.randomUUID()).roleName(role).itemKind(kind).itemCode(code)
                    .graceDays(grace).validFrom(from));
        }

        private SessionRow session(String course, LocalDate day, int capacity) {
            CourseRow c = courses.get(course);
            LocalDateTime start = day.atTime(LocalTime.of(9, 0));
            SessionRow s = new SessionRow().id(UUID.randomUUID()).courseId(c.id()).startsAt(start)
                    .endsAt(start.plusMinutes(c.durationMinutes())).place("Stadskantoor Leuven, lokaal " + (2 + trainer % 3))
                    .trainer("Demo trainer " + (++trainer)).capacity(capacity);
            put(s);
            return s;
        }

        private void attend(String course, LocalDate day, String... users) {
            SessionRow s = session(course, day, Math.max(users.length, 10));
            for (String user : users) {
                put(new EnrolmentRow().id(UUID.randomUUID()).sessionId(s.id()).staffId(staff.get(user).id())
                        .status("ATTENDED").enrolledAt(clock.instant()).attendedOn(day).result("PASSED").score(80));
            }
        }
    }
}
