package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.kernel.application.IntegratorRegistryService.AuthorisationInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.BodyInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Demo integrators: the existing police client {@code demo-integrator} (purpose "police", every information type
 * but criminal records and the access history, with history, all residents; authorised for the {@code police}
 * service: the pending residence checks and their outcome) and {@code demo-housing} /
 * {@code demo-housing-secret} of a social-housing company, authorised for name and main residence only (purpose
 * "social housing"), plus the city's e-counter {@code demo-ecounter} / {@code demo-ecounter-secret} for the
 * citizen's "who looked at my data" (purpose "e-counter").
 */
@ApplicationScoped
public class IntegratorDemoData implements DemoDataContributor {
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @Inject
    IntegratorRegistryService registry;

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void load(long seed) {
        List<String> police = Arrays.stream(InformationType.values())
                .filter(t -> t != InformationType.CRIMINAL_RECORD && t != InformationType.ACCESS_HISTORY)
                .map(InformationType::code).toList();
        registry.ensureDemo(new BodyInput("Politiezone Leuven (demo)", "0207.437.468", "Demo police desk",
                        "police@example.be", null), "demo-integrator", "Demo integrator (local police)",
                "demo-integrator-secret", List.of(new AuthorisationInput("police", "Art. 5 Law of 8 August 1983 "
                        + "(demo authorisation)", police, FROM, null, true, IntegratorAccessService.SCOPE_ALL)),
                // population (issue 3, task M): the only demo client authorised for the police service
                Set.of(be.burgerzaken.kernel.api.access.Roles.POLICE));
        registry.ensureDemo(new BodyInput("Sociale huisvesting Leuven (demo)", "0404.616.494", "Demo housing desk",
                        "housing@example.be", null), "demo-housing", "Demo social housing company",
                "demo-housing-secret", List.of(new AuthorisationInput("social housing", "Flemish Housing Code "
                        + "(demo authorisation)", List.of(InformationType.NAME.code(), InformationType.MAIN_RESIDENCE.code()),
                        FROM, null, false, IntegratorAccessService.SCOPE_ALL)));
        registry.ensureDemo(new BodyInput("Stad Leuven e-loket (demo)", "0207.451.227", "Digital desk",
                        "eloket@example.be", null), "demo-ecounter", "Demo e-counter of the city",
                "demo-ecounter-secret", List.of(new AuthorisationInput("e-counter", "GDPR art. 15; "
                        + "art. 10 Law of 8 August 1983 (demo)", List.of(InformationType.ACCESS_HISTORY.code()),
                        FROM, null, false, IntegratorAccessService.SCOPE_ALL)),
                // frontoffice (issue 8): the only demo client authorised for the e-counter service
                Set.of(be.burgerzaken.kernel.api.access.Roles.E_COUNTER));
    }
}
