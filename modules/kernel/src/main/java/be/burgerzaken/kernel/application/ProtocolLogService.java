package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.protocol.ChainVerification;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolEntryView;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolQuery;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.domain.ChainHasher;
import be.burgerzaken.kernel.domain.ProtocolChainHead;
import be.burgerzaken.kernel.domain.ProtocolEntry;
import be.burgerzaken.kernel.domain.ProtocolEntryPerson;
import be.burgerzaken.kernel.persistence.ProtocolStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes and checks the protocol log. Entries are spread over {@code bz.protocol.stripes} independent hash
 * chains (each transaction takes a free one) so that concurrent requests rarely wait for one another; within a stripe, appending
 * locks the stripe's head row until the surrounding transaction commits.
 */
@ApplicationScoped
public class ProtocolLogService implements ProtocolLog {

    /** The setting for the number of hash chains; start-up creates their head rows from the same setting. */
    static final String STRIPES = "bz.protocol.stripes";
    static final String DEFAULT_STRIPES = "32";


    @Inject
    ProtocolStore store;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = STRIPES, defaultValue = DEFAULT_STRIPES)
    int stripes;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** How long a transaction waits for a free stripe when every stripe is busy. */
    static final long BUSY_WAIT_NANOS = 60_000_000_000L;

    /** Per thread: the stripes each open transaction (by key) has locked. */
    private static final ThreadLocal<Map<Object, Set<Integer>>> HELD = ThreadLocal.withInitial(HashMap::new);

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ProtocolRecord record) {
        append(access.currentActor(), record);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(ProtocolRecord record) {
        append(access.currentActor(), record);
    }

    private void append(Actor actor, ProtocolRecord record) {
        ProtocolChainHead head = lockStripe();
        int stripe = head.stripe();
        long seq = head.lastSeq() + 1;
        String persons = record.personIds().stream().distinct().map(UUID::toString).collect(Collectors.joining(","));
        String types = granted(actor, record.informationTypes()).stream().map(InformationType::code).sorted()
                .collect(Collectors.joining(","));
        AccessContext ctx = record.context();
        ChainHasher.Content content = new ChainHasher.Content(stripe, seq, clock.instant(), actor.name(),
                actor.kind().name(), ctx == null ? "BATCH" : ctx.channel().name(), record.action().name(), types,
                ctx == null || ctx.purpose() == null ? "" : truncate(ctx.purpose().strip(), 500),
                truncate(record.query(), 1000), persons, record.outcome().name());
        String hash = ChainHasher.hash(head.lastHash(), content);
        long id = store.nextEntryId();
        ProtocolEntry entry = new ProtocolEntry(id, stripe, seq, content, head.lastHash(), hash);
        store.persist(entry);
        for (UUID person : record.personIds().stream().distinct().toList()) {
            store.persist(new ProtocolEntryPerson(id, person, content.occurredAt()));
        }
        head.advance(seq, hash);
    }

    // --- integrators (issue 9) ---
    @Inject
    jakarta.enterprise.inject.Instance<IntegratorRequest> integratorRequest;

    /** An integrator's read records only the information types its field grant handed out in this request. */
    private Set<InformationType> granted(Actor actor, Set<InformationType> types) {
        if (actor.kind() != be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR || types.isEmpty()) {
            return types;
        }
        try {
            Set<InformationType> granted = integratorRequest.get().granted();
            if (granted == null) {
                return types;
            }
            Set<InformationType> both = new HashSet<>(types);
            both.retainAll(granted);
            return both.isEmpty() ? types : both;
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideRequest) {
            return types;
        }
    }
    // --- end integrators ---

    /**
     * Locks a stripe for this transaction and returns its head. A transaction keeps the stripe it already holds
     * (all its entries in one chain, never a second lock it could deadlock on). Otherwise it takes the first free
     * stripe from a random start ({@code SKIP LOCKED}), so concurrent requests, even of one client, append in
     * parallel up to {@code bz.protocol.stripes}; only when every stripe is busy does it wait for one. Stripes held
     * by a transaction suspended on this thread (a refusal logged independently after the request already logged a
     * read) are never chosen: the new transaction would wait forever for the suspended one.
     */
    private ProtocolChainHead lockStripe() {
        int n = Math.max(1, stripes);
        Object tx = transactions.getTransactionKey();
        Map<Object, Set<Integer>> held = HELD.get();
        Set<Integer> mine = held.get(tx);
        if (mine != null && !mine.isEmpty()) {
            return store.lockHead(mine.iterator().next());
        }
        Set<Integer> elsewhere = new HashSet<>();
        held.forEach((key, locked) -> {
            if (!key.equals(tx)) {
                elsewhere.addAll(locked);
            }
        });
        if (elsewhere.size() >= n) {
            throw new IllegalStateException("every protocol-log stripe is held by a suspended transaction; "
                    + "raise bz.protocol.stripes");
        }
        // Every stripe busy: scan again after a short pause until one is free. Waiting for one stripe's row lock
        // instead (the pessimistic em.find, or a plain SELECT ... FOR UPDATE through the unit) answered "no row"
        // after the wait under load: thousands of 500s at 32 connections in the benchmark (issue 10) while every
        // head row existed. A free stripe turns up as soon as any transaction commits.
        // On PostgreSQL one statement picks a random free stripe (issue 10: the scan below costs up to one round
        // trip per stripe when most are busy); when none is free, wait for one random stripe's lock.
        ProtocolChainHead head = null;
        if (store.postgres()) {
            head = store.tryLockAnyHead(n, elsewhere);
            if (head == null) {
                int stripe;
                do {
                    stripe = java.util.concurrent.ThreadLocalRandom.current().nextInt(n);
                } while (elsewhere.contains(stripe));
                head = store.waitForHead(stripe);
            }
        }
        long deadline = System.nanoTime() + BUSY_WAIT_NANOS;
        for (int round = 0; head == null; round++) {
            int start = java.util.concurrent.ThreadLocalRandom.current().nextInt(n);
            for (int i = 0; i < n && head == null; i++) {
                int stripe = (start + i) % n;
                if (!elsewhere.contains(stripe)) {
                    head = store.tryLockHead(stripe);
                }
            }
            if (head == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("every protocol-log stripe stayed busy for "
                            + BUSY_WAIT_NANOS / 1_000_000_000L + " s; raise bz.protocol.stripes");
                }
                try {
                    Thread.sleep(Math.min(20, 1 + round));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a protocol-log stripe", e);
                }
            }
        }
        remember(held, tx, head.stripe());
        return head;
    }

    private void remember(Map<Object, Set<Integer>> held, Object tx, int stripe) {
        if (!held.containsKey(tx)) {
            held.put(tx, new HashSet<>());
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    HELD.get().remove(tx);
                }
            });
        }
        held.get(tx).add(stripe);
    }

    @Override
    @Transactional
    public Page<ProtocolEntryView> find(ProtocolQuery query) {
        AccessContext ctx = AccessContext.rest("audit");
        access.require(Capability.READ_PROTOCOL_LOG, ctx);
        int size = Math.min(Math.max(query.size(), 1), 200);
        int page = Math.max(query.page(), 0);
        Page<ProtocolEntryView> result = store.find(query.personId(), blankToNull(query.actor()), query.from(),
                query.to(), page, size).map(ProtocolLogService::view);
        if (query.personId() != null) {
            // looking up who consulted a person is itself a consultation of that person's file
            append(access.currentActor(), ProtocolRecord.of(ProtocolAction.AUDIT, List.of(), List.of(query.personId()),
                    new AccessContext("audit of the protocol log", ctx.channel()), "protocol-log person",
                    ProtocolOutcome.OK));
        }
        return result;
    }

    @Override
    @Transactional
    public ChainVerification verify() {
        access.require(Capability.VERIFY_PROTOCOL_LOG, null);
        List<ChainVerification.Break> breaks = new ArrayList<>();
        long checked = 0;
        for (ProtocolChainHead head : store.heads()) {
            String prev = ChainHasher.GENESIS;
            long expectedSeq = 1;
            long afterSeq = 0;
            while (true) {
                List<ProtocolEntry> batch = store.stripeBatch(head.stripe(), afterSeq, 2000);
                if (batch.isEmpty()) {
                    break;
                }
                var indexed = store.indexedPersons(batch.stream().map(ProtocolEntry::id).toList());
                for (ProtocolEntry e : batch) {
                    checked++;
                    if (e.stripeSeq() != expectedSeq) {
                        breaks.add(new ChainVerification.Break(head.stripe(), expectedSeq, null, "missing",
                                "entries " + expectedSeq + " to " + (e.stripeSeq() - 1) + " are missing"));
                    }
                    if (!e.prevHash().equals(prev)) {
                        breaks.add(new ChainVerification.Break(head.stripe(), e.stripeSeq(), e.id(), "link",
                                "the entry does not commit to its predecessor"));
                    }
                    if (!ChainHasher.hash(e.prevHash(), e.content()).equals(e.entryHash())) {
                        breaks.add(new ChainVerification.Break(head.stripe(), e.stripeSeq(), e.id(), "content",
                                "the entry's content was changed after it was written"));
                    }
                    List<String> declared = e.personIds().isEmpty() ? List.of()
                            : Arrays.stream(e.personIds().split(",")).sorted().toList();
                    List<String> index = indexed.getOrDefault(e.id(), List.of()).stream().sorted().toList();
                    if (!declared.equals(index)) {
                        breaks.add(new ChainVerification.Break(head.stripe(), e.stripeSeq(), e.id(), "person-index",
                                "the person index of the entry does not match its content"));
                    }
                    prev = e.entryHash();
                    expectedSeq = e.stripeSeq() + 1;
                    afterSeq = e.stripeSeq();
                }
            }
            if (head.lastSeq() != afterSeq || !Objects.equals(head.lastHash(), prev)) {
                breaks.add(new ChainVerification.Break(head.stripe(), head.lastSeq(), null, "head",
                        "the chain ends at entry " + afterSeq + " but its head records entry " + head.lastSeq()));
            }
        }
        return new ChainVerification(breaks.isEmpty(), checked, breaks, Instant.now(clock));
    }

    static ProtocolEntryView view(ProtocolEntry e) {
        List<UUID> persons = e.personIds().isEmpty() ? List.of()
                : Arrays.stream(e.personIds().split(",")).map(UUID::fromString).toList();
        List<String> types = e.infoTypes().isEmpty() ? List.of() : List.of(e.infoTypes().split(","));
        return new ProtocolEntryView(e.id(), e.stripe(), e.stripeSeq(), e.occurredAt(), e.actor(), e.actorKind(),
                e.channel(), ProtocolAction.valueOf(e.action()), types, e.purpose(), e.query(), persons,
                ProtocolOutcome.valueOf(e.outcome()), e.entryHash());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
