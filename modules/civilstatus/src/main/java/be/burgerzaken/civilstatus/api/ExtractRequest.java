package be.burgerzaken.civilstatus.api;

/**
 * A request for an extract or copy of a registered act.
 *
 * @param kind      EXTRACT (default), COPY or MULTILINGUAL ({@link ExtractKind})
 * @param language  nl (default), fr, de or en
 * @param requester who asks, and their relation to the act's person
 * @param channel   how the request came in: COUNTER (default), WRITTEN or ELECTRONIC
 */
public record ExtractRequest(String kind, String language, ExtractRequester requester, String channel) {
    public static final java.util.List<String> CHANNELS = java.util.List.of("COUNTER", "WRITTEN", "ELECTRONIC");
}
