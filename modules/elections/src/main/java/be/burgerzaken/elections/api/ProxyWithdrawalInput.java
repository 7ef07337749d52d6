package be.burgerzaken.elections.api;

/**
 * The withdrawal (intrekking / retrait) of a registered proxy: why the grantor takes it back (e.g. "votes in
 * person", "holder cannot go"); 3 to 500 characters.
 */
public record ProxyWithdrawalInput(String reason) {
}
