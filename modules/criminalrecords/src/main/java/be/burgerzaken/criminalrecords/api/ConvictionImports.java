package be.burgerzaken.criminalrecords.api;

import be.burgerzaken.kernel.api.access.AccessContext;

/** The import of convictions by the Central Criminal Register (IMPORT_CONVICTIONS). */
public interface ConvictionImports {

    /** The largest batch accepted at once. */
    int MAX_BATCH = 1000;

    /**
     * Validates the whole batch (every problem named {@code convictions[i].field}), then stores it in one transaction:
     * new convictions are added, changed ones replace the stored one (which goes to the history), identical ones
     * change nothing. Voting-rights suspensions are published or withdrawn in the same transaction.
     */
    ConvictionImport.Result importBatch(ConvictionImport.Batch batch, AccessContext context);
}
