package be.burgerzaken.frontoffice.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;

import java.util.UUID;

/**
 * Service requests: one record per citizen question, from the counter, the post or the e-counter, linked to the
 * module procedure it starts. Every call checks access and is protocol-logged in the same transaction; a refusal
 * stores nothing.
 */
public interface ServiceRequests {

    /**
     * A request taken by staff (counter, post); with {@code fulfilNow} a certificate is issued at once.
     *
     * @throws be.burgerzaken.kernel.api.problem.ValidationException unknown product, channel not offered, ...
     */
    ServiceRequestView submit(NewServiceRequest request, AccessContext context);

    /**
     * A request from the e-counter for the asserted citizen: checks the product is offered on the e-counter and that
     * the citizen may act for the person (self, or own household where the product allows it); starts the module
     * procedure, and fulfils it at once when the catalogue allows (own certificate: issued as PDF).
     */
    ServiceRequestView eCounter(ECounterRequest request, AccessContext context);

    /**
     * The same with an {@code Idempotency-Key} (ADR 0007; null = none): a retry with the key and the same body answers
     * the request created the first time (no second request, no second certificate); the key with another body is
     * refused (422 {@code idempotency-key-reused}); two concurrent ones: one wins, the other 409.
     */
    ServiceRequestView eCounter(ECounterRequest request, AccessContext context, String idempotencyKey);

    ServiceRequestView get(UUID id, AccessContext context);

    /** The document handed out for the request (the certificate's PDF). */
    IssuedDocument document(UUID id, AccessContext context);

    /** For the e-counter: the document of a request of the asserted citizen. */
    IssuedDocument eCounterDocument(UUID id, String citizenNationalNumber, AccessContext context);

    /** A person's requests, newest first. */
    Page<ServiceRequestView> forPerson(UUID personId, int page, int size, AccessContext context);

    /** The work list: requests of a status (null: open ones) and optionally one product, oldest first. */
    Page<ServiceRequestView> list(RequestStatus status, String productCode, int page, int size, AccessContext context);

    /**
     * Takes a step; {@code expectedVersion} from the ETag.
     *
     * @throws be.burgerzaken.kernel.api.problem.ConflictException 409 when the step is not allowed in the status,
     *                                                           412 when the version is stale
     */
    ServiceRequestView step(UUID id, RequestStep step, long expectedVersion, AccessContext context);
}
