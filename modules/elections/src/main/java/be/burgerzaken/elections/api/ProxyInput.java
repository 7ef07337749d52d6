package be.burgerzaken.elections.api;

/**
 * A proxy (volmacht / procuration) to register: the grantor (volmachtgever) and the holder (volmachtdrager) as person
 * ids, both on the voter list; the reason (ILLNESS, WORK, BOATMAN_FAIRGROUND, DETENTION, RELIGION, STUDIES,
 * STAY_ABROAD) and the certificate type handed in, which must be the one the reason's rule asks.
 */
public record ProxyInput(String grantorId, String holderId, String reason, String certificate) {
}
