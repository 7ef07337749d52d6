package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.VoterStatus;
import be.burgerzaken.elections.application.VoterStatusService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.CitizenFileSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The voter status (kiezersstatus / statut d'électeur) in the 360° citizen file: per current or upcoming election,
 * on the list or not and why, station, voter number, letter and duplicates, proxies, the non-Belgian request. Read
 * through {@link VoterStatusService} (its access check and ONE protocol entry per read); shown to the counter
 * (clerk, population officer) and the election officer: {@code READ_VOTER_STATUS}, not the whole voter list.
 */
@ApplicationScoped
public class VoterStatusSection implements CitizenFileSection {
    public static final String KEY = "elections.voter-status";

    @Inject
    VoterStatusService service;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.ELECTION_OFFICER);
    }

    @Override
    public Content read(UUID personId, AccessContext context, Locale locale) {
        return content(service.forPerson(personId, context), ElectionsFaces::text, personId);
    }

    /** The section's table from the statuses, in the texts of {@code text} (a bundle lookup). */
    static Content content(List<VoterStatus> statuses, Function<String, String> text, UUID personId) {
        List<List<String>> rows = new ArrayList<>();
        for (VoterStatus v : statuses) {
            rows.add(row(v, text));
        }
        return new Content(text.apply("voterStatus.title"), List.of(text.apply("voterStatus.election"),
                text.apply("voterStatus.status"), text.apply("voterStatus.station"), text.apply("voterStatus.number"),
                text.apply("voterStatus.letter"), text.apply("voterStatus.proxy"), text.apply("voterStatus.request")),
                rows, List.of(), text.apply("voterStatus.none"));
    }

    static List<String> row(VoterStatus v, Function<String, String> text) {
        String status = text.apply("voterStatus.status." + v.status());
        if (v.reason() != null) {
            status += ": " + text.apply("voterStatus.reason." + v.reason())
                    + (v.reasonDetail() == null || v.reasonDetail().isBlank() ? "" : " (" + v.reasonDetail() + ")");
        }
        String station = v.station() == null ? "" : v.station() + " · " + v.stationName() + ", " + v.stationAddress()
                + (v.listGenerated() ? "" : " (" + text.apply("voterStatus.provisional") + ")");
        String letter = v.letterCode() == null ? "" : v.letterCode() + (v.duplicates() == 0 ? ""
                : " (+" + v.duplicates() + " " + text.apply("voterStatus.duplicates") + ")");
        List<String> proxies = new ArrayList<>();
        if (v.proxyGivenTo() != null) {
            proxies.add(text.apply("voterStatus.proxyGivenTo") + " " + v.proxyGivenTo());
        }
        if (v.proxyFrom() != null) {
            proxies.add(text.apply("voterStatus.proxyFrom") + " " + v.proxyFrom());
        }
        return List.of(v.electionName() + " (" + v.electionDay() + ")", status, station,
                v.voterNumber() == null ? "" : String.valueOf(v.voterNumber()), letter, String.join("; ", proxies),
                v.nonBelgianRequest() == null ? "" : text.apply("voterStatus.request." + v.nonBelgianRequest()));
    }
}
