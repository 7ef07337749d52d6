package be.burgerzaken.kernel.api.protocol;

import be.burgerzaken.kernel.api.person.Page;

/**
 * The append-only, hash-chained protocol log. {@link #record} joins the caller's transaction, so a read that
 * is served is never missing from the log and a change is logged exactly when it is committed.
 */
public interface ProtocolLog {

    /** Writes an entry for the current actor inside the current transaction (required). */
    void record(ProtocolRecord record);

    /** Writes an entry in its own transaction: for refused attempts whose own transaction rolls back. */
    void recordIndependently(ProtocolRecord record);

    /** Entries matching the query, newest first (an auditor's read: it is itself logged). */
    Page<ProtocolEntryView> find(ProtocolQuery query);

    /** Recomputes the chains and reports any change, removal or reordering. */
    ChainVerification verify();
}
