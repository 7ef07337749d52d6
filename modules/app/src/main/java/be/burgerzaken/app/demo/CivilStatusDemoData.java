package be.burgerzaken.app.demo;

import be.burgerzaken.civilstatus.api.ActSearch;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo civil-status acts ({@link CivilStatusDemoPlan}), made through the civil-status and population facades as
 * the system actor: each act drafted, submitted and registered like at the counter, in its own transactions, so
 * the act numbers come from the same gap-free numbering. Runs only while no act exists. A refused act is logged
 * and skipped (a refusal rolls back its own registration only, number included).
 *
 * <p>It lives in the application because it combines two modules through their api packages: the population
 * registers (who lives with whom) and civil status; neither module depends on the other for it.
 */
@ApplicationScoped
public class CivilStatusDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(CivilStatusDemoData.class.getName());
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final AccessContext CONTEXT = AccessContext.batch("demo data: civil-status acts");

    @Inject
    CivilStatusActs acts;
    @Inject
    Residents residents;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.demo.persons", defaultValue = "2000")
    int size;
    @Inject
    @ConfigProperty(name = "bz.civilstatus.municipality-nis", defaultValue = "24062")
    String city;

    /** After the civil-status schema (200) and the population's demo data (100-120). */
    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(long seed) {
        if (acts.search(new ActSearch(null, null, null, null, null, null, null, null, null, 0, 1), CONTEXT).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        List<SyntheticPerson> persons = new SyntheticPopulation(seed).persons(size).toList();
        List<CivilStatusDemoPlan.PlannedAct> plan = new CivilStatusDemoPlan(persons, this::household, today, city, seed)
                .plan();
        int done = 0;
        for (CivilStatusDemoPlan.PlannedAct planned : plan) {
            try {
                make(planned);
                done++;
            } catch (DomainException e) {
                LOG.warning("demo data: civil-status act '" + planned.label() + "' left out: " + e.getMessage());
            }
        }
        LOG.info("demo data: " + done + " of " + plan.size() + " civil-status acts");
    }

    private void make(CivilStatusDemoPlan.PlannedAct planned) {
        ActView act = acts.createDraft(planned.draft(), CONTEXT, null);
        if (planned.target() == ActStatus.DRAFT) {
            return;
        }
        act = acts.submit(act.id(), act.version(), CONTEXT);
        if (planned.target() == ActStatus.READY_FOR_SIGNATURE) {
            return;
        }
        act = acts.register(act.id(), act.version(), CONTEXT);
        if (planned.correction() != null) {
            ActView amended = acts.amend(act.id(), planned.correction(), CONTEXT, null);
            amended = acts.submit(amended.id(), amended.version(), CONTEXT);
            acts.register(amended.id(), amended.version(), CONTEXT);
        }
    }

    private HouseholdComposition household(UUID personId) {
        try {
            return residents.household(personId, null, CONTEXT);
        } catch (DomainException e) {
            return null;
        }
    }
}
