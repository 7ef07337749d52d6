package be.burgerzaken.kernel.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The protocol log's hash chain: {@code hash = SHA-256(prevHash + "\n" + canonical(content))}. The canonical
 * form lists every field in a fixed order, length-prefixed so no field can bleed into the next. Changing any
 * field of an entry, removing an entry or reordering entries breaks the chain from that entry on.
 */
public final class ChainHasher {
    /** The "previous hash" of the first entry of each stripe. */
    public static final String GENESIS = "0".repeat(64);

    /** The hashed fields of an entry; times are truncated to microseconds (what the database keeps). */
    public record Content(int stripe, long stripeSeq, Instant occurredAt, String actor, String actorKind,
                          String channel, String action, String infoTypes, String purpose, String query,
                          String personIds, String outcome) {
        public Content {
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    private ChainHasher() {
    }

    public static String hash(String prevHash, Content c) {
        StringBuilder b = new StringBuilder(256);
        b.append(prevHash).append('\n');
        field(b, Integer.toString(c.stripe()));
        field(b, Long.toString(c.stripeSeq()));
        field(b, c.occurredAt().toString());
        field(b, c.actor());
        field(b, c.actorKind());
        field(b, c.channel());
        field(b, c.action());
        field(b, c.infoTypes());
        field(b, c.purpose());
        field(b, c.query());
        field(b, c.personIds());
        field(b, c.outcome());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-1:");
        } else {
            b.append(value.length()).append(':').append(value);
        }
        b.append('|');
    }
}
