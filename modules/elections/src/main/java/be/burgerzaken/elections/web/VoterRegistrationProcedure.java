package be.burgerzaken.elections.web;

import be.burgerzaken.elections.application.VoterStatusService;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.ServiceProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/**
 * The catalogue's non-Belgian voter registration (inschrijving als kiezer / inscription comme électeur, product
 * {@code VOTER_REGISTRATION_NON_BELGIAN}): opens the request intake of the next election open to non-Belgians with
 * the person preselected; the election list when none is planned. The intake checks the rules as always.
 */
@ApplicationScoped
public class VoterRegistrationProcedure implements ServiceProcedure {
    public static final String KEY = "elections.voter-registration";

    @Inject
    VoterStatusService service;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ELECTION_OFFICER);
    }

    @Override
    public String screen(UUID personId, String variant) {
        return service.nextOpenToNonBelgians().map(e -> "/elections/people.xhtml?id=" + e + "&person=" + personId)
                .orElse("/elections/elections.xhtml");
    }
}
