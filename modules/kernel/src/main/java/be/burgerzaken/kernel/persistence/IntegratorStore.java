package be.burgerzaken.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The integrator registry, subscriptions and the notification outbox (schema kernel, V30), in plain SQL: small
 * tables, read by key, and the outbox's claim query needs {@code FOR UPDATE SKIP LOCKED}. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class IntegratorStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Database database;

    // ---- rows -------------------------------------------------------------------------------------------

    public record BodyRow(String id, String name, String enterpriseNumber, String contactName, String contactEmail,
                          String contactPhone, Instant createdAt, long version) {
    }

    public record ClientRow(String clientId, String name, String bodyId, boolean enabled, Integer ratePerMinute,
                            Instant revokedAt, Instant createdAt, String roles) {
    }

    public record CredentialRow(String id, String clientId, String kind, String secretHash, String publicJwk,
                                Instant validFrom, Instant validTo, Instant revokedAt, Instant createdAt,
                                String createdBy) {
    }

    public record AuthorisationRow(String id, String clientId, String purpose, String legalBasis, LocalDate validFrom,
                                   LocalDate validTo, boolean historyAllowed, String populationScope,
                                   Instant createdAt, String createdBy, Instant endedAt, String endedBy, long version,
                                   List<String> types) {
    }

    public record SubscriptionRow(String id, String clientId, String personId, String category, String callbackUrl,
                                  String secret, String purpose, boolean active, Instant createdAt, Instant endedAt) {
    }

    public record NotificationRow(long id, String subscriptionId, String clientId, String personId, String eventType,
                                  String infoType, Instant occurredAt, String payload, String status, int attempts,
                                  Instant nextAttemptAt, String lastError, Instant deliveredAt, String callbackUrl,
                                  String secret, String details) {

        /** A notification without details. */
        public NotificationRow(long id, String subscriptionId, String clientId, String personId, String eventType,
                               String infoType, Instant occurredAt, String payload, String status, int attempts,
                               Instant nextAttemptAt, String lastError, Instant deliveredAt, String callbackUrl,
                               String secret) {
            this(id, subscriptionId, clientId, personId, eventType, infoType, occurredAt, payload, status, attempts,
                    nextAttemptAt, lastError, deliveredAt, callbackUrl, secret, null);
        }
    }

    // ---- bodies ---------------------------------------------------------------------------------------

    public List<BodyRow> bodies() {
        return this.<Object[]>rows(em.createNativeQuery("SELECT id, name, enterprise_number, contact_name, contact_email,"
                + " contact_phone, created_at, version FROM kernel.integrator_body ORDER BY name")).stream()
                .map(IntegratorStore::body).toList();
    }

    public Optional<BodyRow> body(String id) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT id, name, enterprise_number, contact_name, contact_email,"
                + " contact_phone, created_at, version FROM kernel.integrator_body WHERE id = ?").setParameter(1, id))
                .stream().findFirst().map(IntegratorStore::body);
    }

    public boolean enterpriseNumberTaken(String number, String exceptId) {
        return !em.createNativeQuery("SELECT id FROM kernel.integrator_body WHERE enterprise_number = ? AND id <> ?")
                .setParameter(1, number).setParameter(2, exceptId == null ? "" : exceptId).getResultList().isEmpty();
    }

    public void insertBody(BodyRow b) {
        em.createNativeQuery("INSERT INTO kernel.integrator_body (id, name, enterprise_number, contact_name, contact_email,"
                        + " contact_phone, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, b.id()).setParameter(2, b.name()).setParameter(3, b.enterpriseNumber())
                .setParameter(4, nz(b.contactName())).setParameter(5, nz(b.contactEmail()))
                .setParameter(6, nz(b.contactPhone())).setParameter(7, ts(b.createdAt())).executeUpdate();
    }

    /** Updates when the version matches; false when the row changed meanwhile. */
    public boolean updateBody(BodyRow b, long expectedVersion) {
        return em.createNativeQuery("UPDATE kernel.integrator_body SET name = ?, enterprise_number = ?, contact_name = ?,"
                        + " contact_email = ?, contact_phone = ?, version = version + 1 WHERE id = ? AND version = ?")
                .setParameter(1, b.name()).setParameter(2, b.enterpriseNumber()).setParameter(3, nz(b.contactName()))
                .setParameter(4, nz(b.contactEmail())).setParameter(5, nz(b.contactPhone())).setParameter(6, b.id())
                .setParameter(7, expectedVersion).executeUpdate() == 1;
    }

    // ---- clients --------------------------------------------------------------------------------------

    private static final String CLIENT_COLUMNS = "client_id, name, body_id, enabled, rate_per_minute, revoked_at, "
            + "created_at, roles";

    public List<ClientRow> clients(String bodyId) {
        Query q = bodyId == null
                ? em.createNativeQuery("SELECT " + CLIENT_COLUMNS + " FROM kernel.api_client ORDER BY client_id")
                : em.createNativeQuery("SELECT " + CLIENT_COLUMNS + " FROM kernel.api_client WHERE body_id = ? "
                + "ORDER BY client_id").setParameter(1, bodyId);
        return this.<Object[]>rows(q).stream().map(IntegratorStore::client).toList();
    }

    public Optional<ClientRow> client(String clientId) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT " + CLIENT_COLUMNS
                        + " FROM kernel.api_client WHERE client_id = ?").setParameter(1, clientId)).stream().findFirst()
                .map(IntegratorStore::client);
    }

    public void linkClient(String clientId, String bodyId, Integer ratePerMinute) {
        em.createNativeQuery("UPDATE kernel.api_client SET body_id = ?, rate_per_minute = ?, version = version + 1"
                        + " WHERE client_id = ?").setParameter(1, bodyId)
                .setParameter(2, ratePerMinute == null ? 0 : ratePerMinute).setParameter(3, clientId).executeUpdate();
    }

    // --- frontoffice (issue 8): the services (client roles) the administrator authorised ---
    public void setClientRoles(String clientId, String roles) {
        em.createNativeQuery("UPDATE kernel.api_client SET roles = ?, version = version + 1 WHERE client_id = ?")
                .setParameter(1, roles).setParameter(2, clientId).executeUpdate();
    }
    // --- end frontoffice ---

    public void revokeClient(String clientId, Instant at) {
        em.createNativeQuery("UPDATE kernel.api_client SET enabled = FALSE, revoked_at = ?, version = version + 1"
                + " WHERE client_id = ?").setParameter(1, ts(at)).setParameter(2, clientId).executeUpdate();
    }

    // ---- credentials ----------------------------------------------------------------------------------

    public void insertCredential(CredentialRow c) {
        em.createNativeQuery("INSERT INTO kernel.api_client_credential (id, client_id, kind, secret_hash, public_jwk,"
                        + " valid_from, valid_to, revoked_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
                .setParameter(1, c.id()).setParameter(2, c.clientId()).setParameter(3, c.kind())
                .setParameter(4, nz(c.secretHash())).setParameter(5, nz(c.publicJwk()))
                .setParameter(6, ts(c.validFrom())).setParameter(7, ts(c.validTo() == null ? FAR : c.validTo()))
                .setParameter(8, ts(c.createdAt())).setParameter(9, c.createdBy()).executeUpdate();
    }

    public List<CredentialRow> credentials(String clientId) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT id, client_id, kind, secret_hash, public_jwk, valid_from,"
                        + " valid_to, revoked_at, created_at, created_by FROM kernel.api_client_credential"
                        + " WHERE client_id = ? ORDER BY created_at").setParameter(1, clientId)).stream()
                .map(r -> new CredentialRow(s(r[0]), s(r[1]), s(r[2]), s(r[3]), s(r[4]), instant(r[5]),
                        farToNull(instant(r[6])), instant(r[7]), instant(r[8]), s(r[9]))).toList();
    }

    /** Ends a credential now (revocation) or at a moment (rotation: the old secret keeps working until then). */
    public boolean endCredential(String clientId, String id, Instant validTo, boolean revoke) {
        String set = revoke ? "revoked_at = ?, valid_to = ?" : "valid_to = ?";
        Query q = em.createNativeQuery("UPDATE kernel.api_client_credential SET " + set
                + " WHERE id = ? AND client_id = ?");
        int i = 1;
        if (revoke) {
            q.setParameter(i++, ts(validTo));
        }
        q.setParameter(i++, ts(validTo)).setParameter(i++, id).setParameter(i, clientId);
        return q.executeUpdate() == 1;
    }

    /** Hashes of the client's secrets valid at {@code now} and not revoked; in a short transaction of its own. */
    @jakarta.transaction.Transactional
    public List<String> activeSecretHashes(String clientId, Instant now) {
        return this.<Object>rows(em.createNativeQuery("SELECT secret_hash FROM kernel.api_client_credential"
                        + " WHERE client_id = ? AND kind = 'SECRET' AND revoked_at IS NULL AND valid_from <= ?"
                        + " AND valid_to > ?").setParameter(1, clientId).setParameter(2, ts(now)).setParameter(3, ts(now)))
                .stream().map(IntegratorStore::s).toList();
    }

    /** Public JWKs registered for the client's signed JWT assertions, valid at {@code now} and not revoked. */
    @jakarta.transaction.Transactional
    public List<String> activePublicKeys(String clientId, Instant now) {
        return this.<Object>rows(em.createNativeQuery("SELECT public_jwk FROM kernel.api_client_credential"
                        + " WHERE client_id = ? AND kind = 'PUBLIC_KEY' AND revoked_at IS NULL AND valid_from <= ?"
                        + " AND valid_to > ?").setParameter(1, clientId).setParameter(2, ts(now)).setParameter(3, ts(now)))
                .stream().map(IntegratorStore::s).toList();
    }

    public void setPrimarySecretValidTo(String clientId, String revokedMarkerHash) {
        em.createNativeQuery("UPDATE kernel.api_client SET secret_hash = ?, version = version + 1 WHERE client_id = ?")
                .setParameter(1, revokedMarkerHash).setParameter(2, clientId).executeUpdate();
    }

    // ---- authorisations --------------------------------------------------------------------------------

    public List<AuthorisationRow> authorisations(String clientId, boolean includeEnded) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT id, client_id, purpose, legal_basis, valid_from, valid_to,"
                + " history_allowed, population_scope, created_at, created_by, ended_at, ended_by, version"
                + " FROM kernel.integrator_authorisation WHERE client_id = ?"
                + (includeEnded ? "" : " AND ended_at IS NULL") + " ORDER BY valid_from, id").setParameter(1, clientId));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> types = new LinkedHashMap<>();
        List<Object[]> typeRows = rows(em.createNativeQuery("SELECT t.authorisation_id, t.info_type FROM"
                + " kernel.integrator_authorisation_type t JOIN kernel.integrator_authorisation a"
                + " ON a.id = t.authorisation_id WHERE a.client_id = ? ORDER BY t.info_type").setParameter(1, clientId));
        for (Object[] t : typeRows) {
            types.computeIfAbsent(s(t[0]), k -> new ArrayList<>()).add(s(t[1]));
        }
        return rows.stream().map(r -> new AuthorisationRow(s(r[0]), s(r[1]), s(r[2]), s(r[3]), date(r[4]),
                farToNull(date(r[5])), bool(r[6]), s(r[7]), instant(r[8]), s(r[9]), instant(r[10]), s(r[11]),
                ((Number) r[12]).longValue(), List.copyOf(types.getOrDefault(s(r[0]), List.of())))).toList();
    }

    public void insertAuthorisation(AuthorisationRow a) {
        em.createNativeQuery("INSERT INTO kernel.integrator_authorisation (id, client_id, purpose, legal_basis, valid_from,"
                        + " valid_to, history_allowed, population_scope, created_at, created_by, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, a.id()).setParameter(2, a.clientId()).setParameter(3, a.purpose())
                .setParameter(4, a.legalBasis()).setParameter(5, java.sql.Date.valueOf(a.validFrom()))
                .setParameter(6, java.sql.Date.valueOf(a.validTo() == null ? FAR_DAY : a.validTo()))
                .setParameter(7, a.historyAllowed()).setParameter(8, a.populationScope())
                .setParameter(9, ts(a.createdAt())).setParameter(10, a.createdBy()).executeUpdate();
        for (String t : a.types()) {
            em.createNativeQuery("INSERT INTO kernel.integrator_authorisation_type (authorisation_id, info_type) VALUES (?, ?)")
                    .setParameter(1, a.id()).setParameter(2, t).executeUpdate();
        }
    }

    /** Ends an authorisation (it stays in the history); false when the version does not match. */
    public boolean endAuthorisation(String clientId, String id, long expectedVersion, Instant at, String by) {
        return em.createNativeQuery("UPDATE kernel.integrator_authorisation SET ended_at = ?, ended_by = ?,"
                        + " version = version + 1 WHERE id = ? AND client_id = ? AND version = ? AND ended_at IS NULL")
                .setParameter(1, ts(at)).setParameter(2, by).setParameter(3, id).setParameter(4, clientId)
                .setParameter(5, expectedVersion).executeUpdate() == 1;
    }

    // ---- subscriptions ------------------------------------------------------------------------------------

    private static final String SUB_COLUMNS = "id, client_id, person_id, category, callback_url, secret, purpose, active,"
            + " created_at, ended_at";

    public void insertSubscription(SubscriptionRow s) {
        em.createNativeQuery("INSERT INTO kernel.integrator_subscription (" + SUB_COLUMNS + ", version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, NULL, 0)")
                .setParameter(1, s.id()).setParameter(2, s.clientId()).setParameter(3, nz(s.personId()))
                .setParameter(4, nz(s.category())).setParameter(5, nz(s.callbackUrl())).setParameter(6, nz(s.secret()))
                .setParameter(7, s.purpose()).setParameter(8, ts(s.createdAt())).executeUpdate();
    }

    public List<SubscriptionRow> subscriptions(String clientId) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT " + SUB_COLUMNS + " FROM kernel.integrator_subscription"
                        + " WHERE client_id = ? ORDER BY created_at, id").setParameter(1, clientId)).stream()
                .map(IntegratorStore::subscription).toList();
    }

    public Optional<SubscriptionRow> subscription(String id) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT " + SUB_COLUMNS + " FROM kernel.integrator_subscription"
                + " WHERE id = ?").setParameter(1, id)).stream().findFirst().map(IntegratorStore::subscription);
    }

    public boolean endSubscription(String clientId, String id, Instant at) {
        return em.createNativeQuery("UPDATE kernel.integrator_subscription SET active = FALSE, ended_at = ?,"
                        + " version = version + 1 WHERE id = ? AND client_id = ? AND active = TRUE")
                .setParameter(1, ts(at)).setParameter(2, id).setParameter(3, clientId).executeUpdate() == 1;
    }

    /** The persons among {@code personIds} the client has an active person subscription on. */
    public Set<String> subscribedPersons(String clientId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = personIds.stream().map(UUID::toString).toList();
        Query q = em.createNativeQuery("SELECT DISTINCT person_id FROM kernel.integrator_subscription"
                + " WHERE client_id = ? AND active = TRUE AND person_id IN (" + marks(ids.size()) + ")")
                .setParameter(1, clientId);
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 2, ids.get(i));
        }
        return Set.copyOf(this.<Object>rows(q).stream().map(IntegratorStore::s).toList());
    }

    // ---- outbox ---------------------------------------------------------------------------------------------

    /**
     * One notification per active subscription on the person or on the category whose client is authorised, on
     * {@code day}, for the information type (and, for a category subscription, for every resident). One
     * INSERT ... SELECT: no round trip per subscription.
     */
    public int fanOut(String personId, String eventType, String infoType, Instant occurredAt, LocalDate day,
                      String payloadTemplate) {
        return fanOut(personId, eventType, infoType, occurredAt, day, payloadTemplate, null);
    }

    /** The same with the change's details (a JSON object, or null; population, issue 3 task M). */
    public int fanOut(String personId, String eventType, String infoType, Instant occurredAt, LocalDate day,
                      String payloadTemplate, String details) {
        String id = database.isPostgres() ? "nextval('kernel.integrator_notification_seq')"
                : "NEXT VALUE FOR kernel.integrator_notification_seq";
        return em.createNativeQuery("INSERT INTO kernel.integrator_notification (id, subscription_id, client_id,"
                        + " person_id, event_type, info_type, occurred_at, payload, status, attempts, next_attempt_at,"
                        + " details)"
                        + " SELECT " + id + ", s.id, s.client_id, ?, ?, ?, ?, ?,"
                        + " CASE WHEN s.callback_url IS NULL THEN 'FEED' ELSE 'PENDING' END, 0, ?, ?"
                        + " FROM kernel.integrator_subscription s JOIN kernel.api_client c ON c.client_id = s.client_id"
                        + " WHERE s.active = TRUE AND c.enabled = TRUE AND (s.person_id = ? OR s.category = ?)"
                        + " AND EXISTS (SELECT 1 FROM kernel.integrator_authorisation a"
                        + "   JOIN kernel.integrator_authorisation_type t ON t.authorisation_id = a.id"
                        + "   WHERE a.client_id = s.client_id AND a.ended_at IS NULL AND a.valid_from <= ?"
                        + "   AND a.valid_to >= ? AND t.info_type = ?"
                        + "   AND (s.person_id IS NOT NULL OR a.population_scope = 'ALL'))"
                        + " ORDER BY s.id")
                .setParameter(1, personId).setParameter(2, eventType).setParameter(3, infoType)
                .setParameter(4, ts(occurredAt)).setParameter(5, payloadTemplate).setParameter(6, ts(occurredAt))
                .setParameter(7, details == null ? "" : details)
                .setParameter(8, personId).setParameter(9, infoType)
                .setParameter(10, java.sql.Date.valueOf(day)).setParameter(11, java.sql.Date.valueOf(day))
                .setParameter(12, infoType).executeUpdate();
    }

    private static final String NOTE_COLUMNS = "n.id, n.subscription_id, n.client_id, n.person_id, n.event_type,"
            + " n.info_type, n.occurred_at, n.payload, n.status, n.attempts, n.next_attempt_at, n.last_error,"
            + " n.delivered_at, s.callback_url, s.secret, n.details";

    /**
     * Claims up to {@code limit} due webhook notifications for this instance until {@code leaseUntil}: only the
     * oldest undelivered one of each subscription and person (order per person), rows locked by another
     * instance are skipped.
     */
    public List<NotificationRow> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Object> due = rows(em.createNativeQuery("SELECT n.id FROM kernel.integrator_notification n"
                        + " WHERE n.status = 'PENDING' AND n.next_attempt_at <= ?"
                        + " AND (n.lease_until IS NULL OR n.lease_until < ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM kernel.integrator_notification p"
                        + "   WHERE p.subscription_id = n.subscription_id AND p.person_id = n.person_id"
                        + "   AND p.status = 'PENDING' AND p.id < n.id)"
                        + " ORDER BY n.id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, ts(now)).setParameter(2, ts(now)));
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(r -> ((Number) (r instanceof Object[] a ? a[0] : r)).longValue()).toList();
        Query lease = em.createNativeQuery("UPDATE kernel.integrator_notification SET lease_until = ? WHERE id IN ("
                + marks(ids.size()) + ")").setParameter(1, ts(leaseUntil));
        for (int i = 0; i < ids.size(); i++) {
            lease.setParameter(i + 2, ids.get(i));
        }
        lease.executeUpdate();
        return notifications("n.id IN (" + ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow()
                + ")", List.of(), "n.id");
    }

    public void delivered(long id, Instant at, int attempts) {
        em.createNativeQuery("UPDATE kernel.integrator_notification SET status = 'DELIVERED', delivered_at = ?,"
                        + " attempts = ?, lease_until = NULL, last_error = NULL WHERE id = ? AND status = 'PENDING'")
                .setParameter(1, ts(at)).setParameter(2, attempts).setParameter(3, id).executeUpdate();
    }

    public void failed(long id, int attempts, Instant next, String error, boolean dead) {
        em.createNativeQuery("UPDATE kernel.integrator_notification SET status = ?, attempts = ?, next_attempt_at = ?,"
                        + " lease_until = NULL, last_error = ? WHERE id = ? AND status = 'PENDING'")
                .setParameter(1, dead ? "DEAD" : "PENDING").setParameter(2, attempts).setParameter(3, ts(next))
                .setParameter(4, error.length() > 1000 ? error.substring(0, 1000) : error).setParameter(5, id)
                .executeUpdate();
    }

    /** The client's notifications after the cursor (webhook and feed-only alike), oldest first. */
    public List<NotificationRow> feed(String clientId, long after, int limit) {
        return notifications("n.client_id = ? AND n.id > ?", List.of(clientId, after), "n.id FETCH FIRST " + limit
                + " ROWS ONLY");
    }

    public List<NotificationRow> deadLetters(int limit) {
        return notifications("n.status = 'DEAD'", List.of(), "n.id FETCH FIRST " + limit + " ROWS ONLY");
    }

    public boolean redeliver(long id, Instant now) {
        return em.createNativeQuery("UPDATE kernel.integrator_notification SET status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = ?, lease_until = NULL WHERE id = ? AND status = 'DEAD'")
                .setParameter(1, ts(now)).setParameter(2, id).executeUpdate() == 1;
    }

    private List<NotificationRow> notifications(String where, List<Object> params, String orderBy) {
        Query q = em.createNativeQuery("SELECT " + NOTE_COLUMNS + " FROM kernel.integrator_notification n"
                + " JOIN kernel.integrator_subscription s ON s.id = n.subscription_id WHERE " + where
                + " ORDER BY " + orderBy);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return this.<Object[]>rows(q).stream().map(r -> new NotificationRow(((Number) r[0]).longValue(), s(r[1]),
                s(r[2]), s(r[3]), s(r[4]), s(r[5]), instant(r[6]), s(r[7]), s(r[8]), ((Number) r[9]).intValue(),
                instant(r[10]), s(r[11]), instant(r[12]), s(r[13]), s(r[14]),
                r[15] == null || s(r[15]).isEmpty() ? null : s(r[15]))).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Open end of a validity period ("until further notice"), stored instead of NULL. */
    public static final Instant FAR = Instant.parse("9999-12-31T00:00:00Z");
    public static final LocalDate FAR_DAY = LocalDate.of(9999, 12, 31);

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(Query q) {
        return (List<T>) q.getResultList();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static BodyRow body(Object[] r) {
        return new BodyRow(s(r[0]), s(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]), instant(r[6]),
                ((Number) r[7]).longValue());
    }

    private static ClientRow client(Object[] r) {
        Integer rate = r[4] == null || ((Number) r[4]).intValue() <= 0 ? null : ((Number) r[4]).intValue();
        return new ClientRow(s(r[0]), s(r[1]), s(r[2]), bool(r[3]), rate, instant(r[5]), instant(r[6]), s(r[7]));
    }

    private static SubscriptionRow subscription(Object[] r) {
        return new SubscriptionRow(s(r[0]), s(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]), s(r[6]), bool(r[7]),
                instant(r[8]), instant(r[9]));
    }

    static String s(Object o) {
        return o == null ? null : o.toString();
    }

    /** Blank text is stored as NULL. */
    private static Object nz(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && Integer.parseInt(o.toString()) != 0;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant t) {
            return t;
        }
        if (o instanceof java.util.Date d) {
            return d.toInstant();
        }
        return OffsetDateTime.parse(o.toString()).toInstant();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    private static Instant farToNull(Instant i) {
        return i == null || !i.isBefore(FAR) ? null : i;
    }

    private static LocalDate farToNull(LocalDate d) {
        return d == null || !d.isBefore(FAR_DAY) ? null : d;
    }
}
