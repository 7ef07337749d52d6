package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.ConvictionImport;
import be.burgerzaken.criminalrecords.api.ConvictionImports;
import be.burgerzaken.criminalrecords.persistence.CriminalRecordStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data: the demo API client of the Central Criminal Register ({@value #CLIENT_ID} / {@value #CLIENT_SECRET},
 * role criminal-register), and the convictions of {@link CriminalRecordsDemoPlan} imported through the same import
 * as the register uses (one batch). Runs only while no conviction is stored.
 */
@ApplicationScoped
public class CriminalRecordsDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(CriminalRecordsDemoData.class.getName());
    public static final String CLIENT_ID = "demo-central-register";
    public static final String CLIENT_SECRET = "demo-central-register-secret";

    @Inject
    Platform platform;
    @Inject
    ConvictionImports imports;
    @Inject
    CriminalRecordStore store;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.demo.persons", defaultValue = "2000")
    int size;

    /** After the population (100-120) and civil status (200). */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(long seed) {
        platform.ensureApiClient(CLIENT_ID, "Demo Central Criminal Register", CLIENT_SECRET,
                Set.of(Roles.CRIMINAL_REGISTER));
        if (count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ExtractService.BELGIUM));
        List<ConvictionImport> rows = CriminalRecordsDemoPlan.plan(new SyntheticPopulation(seed).persons(size).toList(),
                today).stream().flatMap(p -> p.convictions().stream()).toList();
        if (rows.isEmpty()) {
            return;
        }
        ConvictionImport.Result r = imports.importBatch(new ConvictionImport.Batch(rows),
                AccessContext.batch("demo data: convictions"));
        LOG.info("demo data: " + r.created() + " convictions, " + r.votingRightsPublished() + " voting-rights suspensions");
    }

    @Transactional
    long count() {
        return store.convictionCount();
    }
}
