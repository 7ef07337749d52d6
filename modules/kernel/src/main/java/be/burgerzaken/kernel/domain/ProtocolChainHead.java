package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of one stripe of the protocol-log chain; locked while an entry is appended to the stripe. */
@Entity
@Table(name = "protocol_chain_head", schema = "kernel")
public class ProtocolChainHead {
    @Id
    private int stripe;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected ProtocolChainHead() {
    }

    public ProtocolChainHead(int stripe) {
        this.stripe = stripe;
        this.lastSeq = 0;
        this.lastHash = ChainHasher.GENESIS;
    }

    public int stripe() { return stripe; }
    public long lastSeq() { return lastSeq; }
    public String lastHash() { return lastHash; }

    public void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
