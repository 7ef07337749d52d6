package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the protocol log (protocollering / journalisation des consultations). Immutable once written;
 * {@code entryHash} = SHA-256 over the canonical content and {@code prevHash}, see {@link ChainHasher}.
 */
@Entity
@Table(name = "protocol_entry", schema = "kernel")
public class ProtocolEntry {
    @Id
    private long id;
    private int stripe;
    @Column(name = "stripe_seq")
    private long stripeSeq;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_kind")
    private String actorKind;
    private String channel;
    private String action;
    @Column(name = "info_types")
    private String infoTypes;
    private String purpose;
    @Column(name = "query_text")
    private String query;
    @Column(name = "person_ids")
    private String personIds;
    @Column(name = "person_count")
    private int personCount;
    private String outcome;
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected ProtocolEntry() {
    }

    public ProtocolEntry(long id, int stripe, long stripeSeq, ChainHasher.Content c, String prevHash, String entryHash) {
        this.id = id;
        this.stripe = stripe;
        this.stripeSeq = stripeSeq;
        this.occurredAt = c.occurredAt();
        this.actor = c.actor();
        this.actorKind = c.actorKind();
        this.channel = c.channel();
        this.action = c.action();
        this.infoTypes = c.infoTypes();
        this.purpose = c.purpose();
        this.query = c.query();
        this.personIds = c.personIds();
        this.personCount = c.personIds().isEmpty() ? 0 : c.personIds().split(",").length;
        this.outcome = c.outcome();
        this.prevHash = prevHash;
        this.entryHash = entryHash;
    }

    public ChainHasher.Content content() {
        return new ChainHasher.Content(stripe, stripeSeq, occurredAt, actor, actorKind, channel, action, infoTypes,
                purpose, query, personIds, outcome);
    }

    public long id() { return id; }
    public int stripe() { return stripe; }
    public long stripeSeq() { return stripeSeq; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String actorKind() { return actorKind; }
    public String channel() { return channel; }
    public String action() { return action; }
    public String infoTypes() { return infoTypes; }
    public String purpose() { return purpose; }
    public String query() { return query; }
    public String personIds() { return personIds; }
    public String outcome() { return outcome; }
    public String prevHash() { return prevHash; }
    public String entryHash() { return entryHash; }
}
