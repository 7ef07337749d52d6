package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.population.api.AddressChangeDeclaration;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.FirstRegistration;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.MovingMember;
import be.burgerzaken.population.api.Origin;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidenceCheck;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo changes of address (adreswijziging / changement d'adresse) so that the work queue of the demo city is not
 * empty: made through the {@link AddressChanges} and {@link Residents} facades as the system, like at the counter,
 * each in its own transactions. Adults living alone (never a family member, so the tests' household picks are
 * untouched; none with a register procedure) declare a move in the city at several stages: declared and waiting for
 * the police, declared long enough ago that the police check is overdue, a late declaration the police found
 * positive and a negative check, both waiting for the officer's decision; and one arrival from another Belgian
 * municipality waiting for the police. Runs only while no change of address exists; a refused step is logged and
 * skipped.
 */
@ApplicationScoped
public class AddressChangeDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(AddressChangeDemoData.class.getName());
    static final AccessContext CONTEXT = AccessContext.batch("demo data: changes of address");
    /** Streets of the shipped Leuven list (Bondgenotenlaan, Naamsestraat, Tiensestraat, Diestsestraat). */
    static final String[] STREETS = {"1010", "1020", "1030", "1040"};

    @Inject
    Platform platform;
    @Inject
    Clock clock;
    @Inject
    AddressChanges addressChanges;
    @Inject
    Residents residents;

    /** After the register procedures (120), whose singles it leaves alone; before civil status (200). */
    @Override
    public int order() {
        return 130;
    }

    @Override
    public void load(long seed) {
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        List<UUID> singles = DemoJdbc.inOneTransaction(platform.dataSource(), "demo changes of address",
                c -> candidates(c, today, seed));
        if (singles == null || singles.size() < 4) {
            return;
        }
        int done = 0;
        // declared three days after a move five days ago: waiting for the police check
        done += step(() -> declare(singles.get(0), today.minusDays(5), today.minusDays(2), 0, "COUNTER"));
        // declared eighteen days ago: the police check (8 working days) is overdue
        done += step(() -> declare(singles.get(1), today.minusDays(20), today.minusDays(18), 1, "WRITTEN"));
        // a late declaration (moved 35 days ago) the police found positive: waiting for the decision
        done += step(() -> {
            AddressChangeView v = declare(singles.get(2), today.minusDays(35), today.minusDays(12), 2, "COUNTER");
            addressChanges.recordCheck(v.id(), new ResidenceCheck("POSITIVE", today.minusDays(6),
                    "demo: the resident was at home, name on the letter box", "PV/2026/0" + (1200 + seed % 100)),
                    null, CONTEXT);
            return v;
        });
        // the police did not find the resident at the new address: the officer will refuse with a motivation
        done += step(() -> {
            AddressChangeView v = declare(singles.get(3), today.minusDays(16), today.minusDays(14), 3, "ELECTRONIC");
            addressChanges.recordCheck(v.id(), new ResidenceCheck("NEGATIVE", today.minusDays(4),
                    "demo: two visits, nobody known at this address", "PV/2026/0" + (1300 + seed % 100)), null, CONTEXT);
            return v;
        });
        // an arrival from Gent, waiting for the police
        done += step(() -> residents.declareArrival(new FirstRegistration(null, new NewPerson("Verstraete", "Lien",
                        "1994-05-21", "44021", null, null, "F", List.of("BE"), null, true,
                        new Basis("DECLARATION", "demo arrival from Gent", null)),
                AddressInput.of(STREETS[0], "241", null), RegisterType.POPULATION, today.minusDays(3),
                Origin.municipality("44021"), HouseholdChoice.newHousehold(),
                new Basis("DECLARATION", "demo arrival from Gent", null)), CONTEXT));
        LOG.info("demo data: " + done + " changes of address in the work queue");
    }

    private AddressChangeView declare(UUID person, LocalDate moveDate, LocalDate declaredOn, int k, String channel) {
        return addressChanges.declare(new AddressChangeDeclaration(person, List.of(new MovingMember(person, null)),
                AddressInput.of(STREETS[k % STREETS.length], String.valueOf(201 + 2 * k), null), moveDate, null,
                declaredOn, null, channel), CONTEXT);
    }

    private interface Step {
        AddressChangeView run();
    }

    private static int step(Step step) {
        try {
            step.run();
            return 1;
        } catch (DomainException e) {
            LOG.warning("demo data: a change of address left out: " + e.getMessage());
            return 0;
        }
    }

    /**
     * Adults living alone for more than 400 days (as {@link RegisterProceduresDemoData#singles}) without any register
     * procedure, in a seeded order taken from the end so that they differ from the register procedures' picks; null
     * when a change of address exists already.
     */
    static List<UUID> candidates(Connection c, LocalDate today, long seed) throws SQLException {
        if (DemoJdbc.count(c, "SELECT COUNT(*) FROM population.address_change") > 0) {
            return null;
        }
        Set<UUID> busy = new HashSet<>();
        for (String sql : List.of("SELECT person_id FROM population.temporary_absence",
                "SELECT person_id FROM population.reference_address",
                "SELECT CAST(host_person_id AS VARCHAR(36)) FROM population.reference_address"
                        + " WHERE host_person_id IS NOT NULL",
                "SELECT person_id FROM population.emigration", "SELECT person_id FROM population.removal_proposal")) {
            try (var s = c.prepareStatement(sql); var rs = s.executeQuery()) {
                while (rs.next()) {
                    Object o = rs.getObject(1);
                    busy.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
                }
            }
        }
        List<UUID> singles = new ArrayList<>();
        for (RegisterProceduresDemoData.Single s : RegisterProceduresDemoData.singles(c, today)) {
            if (!busy.contains(s.personId())) {
                singles.add(s.personId());
            }
        }
        Collections.shuffle(singles, new Random(seed * 37 + 130));
        Collections.reverse(singles);
        return singles.size() > 8 ? new ArrayList<>(singles.subList(0, 8)) : singles;
    }
}
