package be.burgerzaken.kernel.api.integration;

/**
 * The kernel's notification outbox for mutation subscriptions. A module that changes personal data calls
 * {@link #publish} inside the transaction of the change (required): the notifications of every matching
 * subscription are stored with the change or not at all, and delivered later (signed webhook, pull feed).
 */
public interface MutationNotifications {

    /** Writes one notification per active subscription that covers the person or the category and whose client is
     * currently authorised for the change's information type. */
    void publish(PersonChange change);
}
