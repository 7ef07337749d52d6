package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.InformationType;

import java.util.UUID;

/**
 * A change of a person's data that subscribed integrators are told about (mutatie / mutation).
 *
 * @param event     what happened, e.g. {@code ADDRESS_CHANGED}, {@code PERSON_DIED}, {@code NAME_CHANGED}
 * @param type      the information type that changed; only integrators authorised for it are notified
 * @param reference a reference without personal data (act number, file id), may be null
 * @param details   a JSON object of facts for the receiver (at most 4000 characters), given to the webhook and the
 *                  feed as {@code details}; null for none (population, issue 3 task M: e.g. the previous
 *                  municipality of a change of address and a refusal's motivation)
 */
public record PersonChange(UUID personId, String event, InformationType type, String reference, String details) {

    /** A change without details. */
    public PersonChange(UUID personId, String event, InformationType type, String reference) {
        this(personId, event, type, reference, null);
    }
}
