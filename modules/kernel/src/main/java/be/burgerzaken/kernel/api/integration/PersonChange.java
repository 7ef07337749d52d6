package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.InformationType;

import java.util.UUID;

/**
 * A change of a person's data that subscribed integrators are told about (mutatie / mutation).
 *
 * @param event     what happened, e.g. {@code ADDRESS_CHANGED}, {@code PERSON_DIED}, {@code NAME_CHANGED}
 * @param type      the information type that changed; only integrators authorised for it are notified
 * @param reference a reference without personal data (act number, file id), may be null
 */
public record PersonChange(UUID personId, String event, InformationType type, String reference) {
}
