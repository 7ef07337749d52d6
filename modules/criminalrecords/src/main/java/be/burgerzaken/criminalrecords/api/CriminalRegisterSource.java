package be.burgerzaken.criminalrecords.api;

import java.util.List;
import java.util.UUID;

/**
 * Where convictions come from: the connector to the Central Criminal Register (Centraal Strafregister / Casier
 * judiciaire central). Today our own store, fed by the register's authenticated import; a connector to the federal
 * service can replace it without touching the rules, requests or screens. No access check or protocol log of its
 * own: the callers check and log.
 */
public interface CriminalRegisterSource {

    /** The person's convictions as the register knows them now, oldest decision first. */
    List<Conviction> convictionsOf(UUID personId);
}
