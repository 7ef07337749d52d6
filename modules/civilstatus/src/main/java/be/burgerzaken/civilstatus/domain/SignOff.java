package be.burgerzaken.civilstatus.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The civil registrar's electronic sign-off (elektronische ondertekening / signature électronique) of an act:
 * SHA-256 over the act as registered (id, type, number, date and place, officer, time, legal basis, content
 * and the hashes of its attachments), one line per part. Recomputing it shows whether the stored act is the one
 * that was signed. (A qualified signature or seal comes with the extracts.)
 */
public final class SignOff {
    private SignOff() {
    }

    public static String hash(String actId, String type, String number, LocalDate drawnUpOn, String drawnUpAt,
                              String officer, Instant signedAt, String basis, String contentJson,
                              List<String> attachmentHashes) {
        StringBuilder b = new StringBuilder();
        for (Object part : List.of(actId, type, number, String.valueOf(drawnUpOn), String.valueOf(drawnUpAt), officer,
                String.valueOf(signedAt), String.valueOf(basis), contentJson)) {
            b.append(part).append('\n');
        }
        attachmentHashes.stream().sorted().forEach(h -> b.append(h).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
