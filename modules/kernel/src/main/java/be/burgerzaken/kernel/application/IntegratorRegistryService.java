package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.persistence.IntegratorStore;
import be.burgerzaken.kernel.persistence.IntegratorStore.AuthorisationRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.BodyRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.ClientRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.CredentialRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import be.burgerzaken.kernel.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The integrator registry (register van afnemers / registre des utilisateurs): bodies with their enterprise
 * number, API clients and their secrets (rotation with overlap, revocation), authorisations per information type
 * and purpose, and the dead-letter list of the webhook outbox. Administrator only; every change is written to
 * the protocol log in its transaction.
 */
@ApplicationScoped
@Transactional
public class IntegratorRegistryService {
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record BodyInput(String name, String enterpriseNumber, String contactName, String contactEmail,
                            String contactPhone) {
    }

    public record ClientInput(String clientId, String name, Integer ratePerMinute) {
    }

    /** A secret is shown once, when it is created. */
    public record IssuedSecret(String clientId, String credentialId, String secret, Instant previousValidUntil) {
    }

    public record AuthorisationInput(String purpose, String legalBasis, List<String> informationTypes,
                                     LocalDate validFrom, LocalDate validTo, boolean historyAllowed,
                                     String populationScope) {
    }

    public record ClientView(ClientRow client, List<CredentialRow> credentials, List<AuthorisationRow> authorisations) {
    }

    @Inject
    IntegratorStore store;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Accounts accounts;
    @Inject
    Clock clock;
    // --- revocation on every request (issue 9, second part) ---
    @Inject
    ClientRevocations revocations;
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public List<BodyRow> bodies() {
        require("list bodies");
        return store.bodies();
    }

    public BodyRow body(String id) {
        require("read body");
        return store.body(id).orElseThrow(() -> new NotFoundException("no integrator body " + id));
    }

    public List<ClientRow> clients(String bodyId) {
        require("list clients");
        return store.clients(bodyId);
    }

    public ClientView client(String clientId) {
        require("read client");
        ClientRow c = store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        return new ClientView(c, store.credentials(clientId).stream()
                .map(r -> new CredentialRow(r.id(), r.clientId(), r.kind(), null, r.publicJwk(), r.validFrom(),
                        r.validTo(), r.revokedAt(), r.createdAt(), r.createdBy())).toList(),
                store.authorisations(clientId, true));
    }

    public BodyRow createBody(BodyInput in) {
        Actor actor = require("create body");
        BodyRow b = validBody(null, in, 0);
        store.insertBody(b);
        logChange("create integrator body " + b.enterpriseNumber() + " " + b.name());
        return store.body(b.id()).orElseThrow();
    }

    public BodyRow updateBody(String id, BodyInput in, long expectedVersion) {
        require("update body");
        BodyRow current = store.body(id).orElseThrow(() -> new NotFoundException("no integrator body " + id));
        BodyRow b = validBody(id, in, expectedVersion);
        if (!store.updateBody(new BodyRow(id, b.name(), b.enterpriseNumber(), b.contactName(), b.contactEmail(),
                b.contactPhone(), current.createdAt(), expectedVersion), expectedVersion)) {
            throw ConflictException.staleVersion(expectedVersion, current.version());
        }
        logChange("update integrator body " + b.enterpriseNumber() + " " + b.name());
        return store.body(id).orElseThrow();
    }

    /** A new API client of the body with its first secret (returned once). */
    public IssuedSecret createClient(String bodyId, ClientInput in) {
        require("create client");
        store.body(bodyId).orElseThrow(() -> new NotFoundException("no integrator body " + bodyId));
        List<FieldProblem> problems = new ArrayList<>();
        String clientId = in == null || in.clientId() == null ? "" : in.clientId().strip();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            problems.add(new FieldProblem("clientId", "invalid", "3 to 100 lower-case letters, digits and dashes"));
        } else if (store.client(clientId).isPresent()) {
            problems.add(new FieldProblem("clientId", "taken", "client id " + clientId + " is already in use"));
        }
        String name = in == null || in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "required", "name the client (system) in 1 to 200 characters"));
        }
        if (in != null && in.ratePerMinute() != null && (in.ratePerMinute() < 1 || in.ratePerMinute() > 100000)) {
            problems.add(new FieldProblem("ratePerMinute", "range", "1 to 100000 requests per minute"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String secret = newSecret();
        accounts.ensureClient(clientId, name, secret, Set.of());
        store.linkClient(clientId, bodyId, in.ratePerMinute());
        logChange("create API client " + clientId + " of body " + bodyId);
        return new IssuedSecret(clientId, null, secret, null);
    }

    /** Links an existing client (e.g. one created before the registry) to a body. */
    public void linkClient(String clientId, String bodyId, Integer ratePerMinute) {
        require("link client");
        store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        store.body(bodyId).orElseThrow(() -> new NotFoundException("no integrator body " + bodyId));
        store.linkClient(clientId, bodyId, ratePerMinute);
        logChange("link API client " + clientId + " to body " + bodyId);
    }

    /**
     * A new secret; the secrets in use keep working for {@code overlapHours} (0 = stop now) so the integrator can
     * switch without an outage.
     */
    public IssuedSecret rotateSecret(String clientId, int overlapHours) {
        require("rotate secret");
        ClientRow c = store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        if (overlapHours < 0 || overlapHours > 24 * 30) {
            throw new ValidationException("overlapHours", "range", "0 to 720 hours");
        }
        Instant now = clock.instant();
        Instant until = now.plusSeconds(overlapHours * 3600L);
        accounts.retirePrimarySecret(clientId, until);
        for (CredentialRow r : store.credentials(clientId)) {
            if ("SECRET".equals(r.kind()) && r.revokedAt() == null && (r.validTo() == null || r.validTo().isAfter(until))) {
                store.endCredential(clientId, r.id(), until, false);
            }
        }
        String secret = newSecret();
        String id = UUID.randomUUID().toString();
        store.insertCredential(new CredentialRow(id, clientId, "SECRET", accounts.hash(secret), null, now, null, null,
                now, access.currentActor().name()));
        logChange("rotate secret of API client " + c.clientId() + ", old secrets valid until " + until);
        return new IssuedSecret(clientId, id, secret, until);
    }

    /** Registers a public key (JWK, RSA or EC, public part only) for signed JWT client assertions. */
    public CredentialRow addPublicKey(String clientId, String jwkJson) {
        require("add public key");
        store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        com.nimbusds.jose.jwk.JWK jwk;
        try {
            jwk = com.nimbusds.jose.jwk.JWK.parse(jwkJson == null ? "" : jwkJson);
        } catch (java.text.ParseException e) {
            throw new ValidationException("jwk", "invalid", "not a JWK: " + e.getMessage());
        }
        if (jwk.isPrivate()) {
            throw new ValidationException("jwk", "private", "send only the public key");
        }
        if (!(jwk instanceof com.nimbusds.jose.jwk.RSAKey) && !(jwk instanceof com.nimbusds.jose.jwk.ECKey)) {
            throw new ValidationException("jwk", "key-type", "an RSA or EC key");
        }
        Instant now = clock.instant();
        CredentialRow row = new CredentialRow(UUID.randomUUID().toString(), clientId, "PUBLIC_KEY", null,
                jwk.toPublicJWK().toJSONString(), now, null, null, now, access.currentActor().name());
        store.insertCredential(row);
        logChange("add public key " + row.id() + " to API client " + clientId);
        return row;
    }

    public void revokeCredential(String clientId, String credentialId) {
        require("revoke credential");
        if (!store.endCredential(clientId, credentialId, clock.instant(), true)) {
            throw new NotFoundException("no credential " + credentialId + " of client " + clientId);
        }
        logChange("revoke credential " + credentialId + " of API client " + clientId);
    }

    /** The client can no longer get tokens, and its tokens no longer read personal data. */
    public void revokeClient(String clientId) {
        require("revoke client");
        store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        store.revokeClient(clientId, clock.instant());
        logChange("revoke API client " + clientId);
        // forget the cached state now and again once committed, so no request caches the pre-commit state
        revocations.invalidate(clientId);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                revocations.invalidate(clientId);
            }
        });
    }

    public AuthorisationRow addAuthorisation(String clientId, AuthorisationInput in) {
        require("add authorisation");
        store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        List<FieldProblem> problems = new ArrayList<>();
        if (in == null) {
            throw new ValidationException("body", "required", "purpose, legalBasis, informationTypes, validFrom");
        }
        String purpose = in.purpose() == null ? "" : in.purpose().strip();
        if (purpose.length() < 3 || purpose.length() > 200) {
            problems.add(FieldProblem.of("purpose", "length", "the purpose is 3 to 200 characters; requests must "
                    + "state a purpose starting with it", 3, 200));
        }
        String basis = in.legalBasis() == null ? "" : in.legalBasis().strip();
        if (basis.length() < 3 || basis.length() > 500) {
            problems.add(new FieldProblem("legalBasis", "required", "name the legal basis (law, deliberation, "
                    + "authorisation of the sector committee), 3 to 500 characters"));
        }
        Set<String> types = new LinkedHashSet<>();
        if (in.informationTypes() == null || in.informationTypes().isEmpty()) {
            problems.add(new FieldProblem("informationTypes", "required", "at least one information type (IT code)"));
        } else {
            for (String t : in.informationTypes()) {
                try {
                    types.add(InformationType.fromCode(t == null ? "" : t.strip()).code());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("informationTypes", "unknown", "unknown information type " + t));
                }
            }
        }
        if (in.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "required", "the first day the authorisation applies"));
        } else if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            problems.add(new FieldProblem("validTo", "before-start", "validTo is before validFrom"));
        }
        String scope = in.populationScope() == null ? IntegratorAccessService.SCOPE_ALL : in.populationScope().strip();
        if (!scope.equals(IntegratorAccessService.SCOPE_ALL) && !scope.equals(IntegratorAccessService.SCOPE_SUBSCRIBED)) {
            problems.add(new FieldProblem("populationScope", "invalid", "ALL or SUBSCRIBED"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String id = UUID.randomUUID().toString();
        store.insertAuthorisation(new AuthorisationRow(id, clientId, purpose, basis, in.validFrom(), in.validTo(),
                in.historyAllowed(), scope, clock.instant(), access.currentActor().name(), null, null, 0,
                List.copyOf(types)));
        logChange("authorise API client " + clientId + " for " + types + " purpose '" + purpose + "' from "
                + in.validFrom() + (in.validTo() == null ? "" : " to " + in.validTo()));
        return store.authorisations(clientId, true).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    // --- frontoffice (issue 8) ---
    /**
     * The services an API client is authorised for (its client roles, e.g. {@code e-counter} for the city's
     * e-counter and site, {@code criminal-register}): replaces the set, stored with the client and written to the
     * protocol log. The client's next token carries them; a token issued before a service was withdrawn is refused
     * (401 {@code services-withdrawn}, {@link be.burgerzaken.kernel.rest.ClientRevocationFilter}).
     */
    public ClientView setServices(String clientId, List<String> services) {
        require("set services");
        ClientRow c = store.client(clientId).orElseThrow(() -> new NotFoundException("no API client " + clientId));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> chosen = new LinkedHashSet<>();
        List<String> in = services == null ? List.of() : services;
        for (int i = 0; i < in.size(); i++) {
            String s = in.get(i) == null ? "" : in.get(i).strip();
            if (!be.burgerzaken.kernel.api.access.Roles.CLIENT_SERVICES.contains(s)) {
                problems.add(new FieldProblem("services[" + i + "]", "unknown", "'" + s + "' is not a service an API "
                        + "client can be authorised for; one of " + be.burgerzaken.kernel.api.access.Roles.CLIENT_SERVICES));
            }
            chosen.add(s);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String before = c.roles() == null ? "" : c.roles();
        store.setClientRoles(clientId, String.join(",", chosen));
        revocations.invalidate(clientId);
        logChange("services of API client " + clientId + ": [" + String.join(",", chosen) + "] (were [" + before + "])");
        return client(clientId);
    }
    // --- end frontoffice ---

    public void endAuthorisation(String clientId, String authorisationId, long expectedVersion) {
        require("end authorisation");
        AuthorisationRow a = store.authorisations(clientId, true).stream()
                .filter(r -> r.id().equals(authorisationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no authorisation " + authorisationId + " of " + clientId));
        if (!store.endAuthorisation(clientId, authorisationId, expectedVersion, clock.instant(),
                access.currentActor().name())) {
            throw ConflictException.staleVersion(expectedVersion, a.version());
        }
        logChange("end authorisation " + authorisationId + " of API client " + clientId);
    }

    public List<NotificationRow> deadLetters() {
        require("list dead letters");
        return store.deadLetters(500);
    }

    public void redeliver(long notificationId) {
        require("redeliver");
        if (!store.redeliver(notificationId, clock.instant())) {
            throw new NotFoundException("no dead-lettered notification " + notificationId);
        }
        logChange("redeliver notification " + notificationId);
    }

    /** Demo and installation set-up: a body, a client with the given secret and authorisations, unless present. */
    public void ensureDemo(BodyInput body, String clientId, String clientName, String secret,
                           List<AuthorisationInput> authorisations) {
        ensureDemo(body, clientId, clientName, secret, authorisations, Set.of());
    }

    /** The same with the services (client roles) the demo client is authorised for (frontoffice, issue 8). */
    public void ensureDemo(BodyInput body, String clientId, String clientName, String secret,
                           List<AuthorisationInput> authorisations, Set<String> services) {
        String bodyId = store.bodies().stream().filter(b -> b.enterpriseNumber().equals(digits(body.enterpriseNumber())))
                .map(BodyRow::id).findFirst().orElse(null);
        if (bodyId == null) {
            BodyRow b = validBody(null, body, 0);
            store.insertBody(b);
            bodyId = b.id();
        }
        accounts.ensureClient(clientId, clientName, secret, services);
        ClientRow c = store.client(clientId).orElseThrow();
        if (c.bodyId() == null) {
            store.linkClient(clientId, bodyId, c.ratePerMinute());
        }
        if (store.authorisations(clientId, true).isEmpty()) {
            for (AuthorisationInput a : authorisations) {
                store.insertAuthorisation(new AuthorisationRow(UUID.randomUUID().toString(), clientId, a.purpose(),
                        a.legalBasis(), a.validFrom(), a.validTo(), a.historyAllowed(), a.populationScope(),
                        clock.instant(), "system", null, null, 0, a.informationTypes().stream()
                        .map(t -> InformationType.fromCode(t).code()).toList()));
            }
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /**
     * A Belgian enterprise number (ondernemingsnummer / numéro d'entreprise, KBO/BCE): 10 digits starting with 0
     * or 1, the last two being 97 minus the first eight modulo 97.
     */
    public static boolean validEnterpriseNumber(String value) {
        String d = digits(value);
        if (d.length() != 10 || (d.charAt(0) != '0' && d.charAt(0) != '1')) {
            return false;
        }
        long base = Long.parseLong(d.substring(0, 8));
        int check = Integer.parseInt(d.substring(8));
        return 97 - (base % 97) == check;
    }

    static String digits(String value) {
        return value == null ? "" : value.replaceAll("[\\s.]", "").replaceFirst("^(BE|be)", "");
    }

    private BodyRow validBody(String id, BodyInput in, long version) {
        if (in == null) {
            throw new ValidationException("body", "required", "name and enterpriseNumber");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "required", "the body's name, 1 to 200 characters"));
        }
        String number = digits(in.enterpriseNumber());
        if (!validEnterpriseNumber(number)) {
            problems.add(new FieldProblem("enterpriseNumber", "invalid", "'" + in.enterpriseNumber()
                    + "' is not a valid enterprise number (10 digits, check digits modulo 97)"));
        } else if (store.enterpriseNumberTaken(number, id)) {
            problems.add(new FieldProblem("enterpriseNumber", "taken", "a body with enterprise number " + number
                    + " is already registered"));
        }
        if (in.contactEmail() != null && !in.contactEmail().isBlank() && !in.contactEmail().contains("@")) {
            problems.add(new FieldProblem("contactEmail", "invalid", "not an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new BodyRow(id == null ? UUID.randomUUID().toString() : id, name, number, trim(in.contactName()),
                trim(in.contactEmail()), trim(in.contactPhone()), clock.instant(), version);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String newSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private Actor require(String what) {
        try {
            return access.require(Capability.MANAGE_INTEGRATORS, null);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), List.of(), CONTEXT,
                    "integrator registry: " + what, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private static final AccessContext CONTEXT = AccessContext.rest("integrator registry administration");

    private void logChange(String what) {
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), List.of(), CONTEXT,
                "integrator registry: " + what, ProtocolOutcome.OK));
    }
}
