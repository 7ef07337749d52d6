package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.SignalSubjectKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a rule found about one subject (an address or a person): the persons concerned, the facts that triggered it
 * (in order) and a fingerprint of what matters, so that a reviewed situation that did not change is not raised
 * again.
 */
public record SignalFinding(QualityRuleCode rule, SignalSubjectKind subjectKind, UUID subjectId, List<UUID> persons,
                            Map<String, String> facts, String fingerprint) {
    public SignalFinding {
        persons = List.copyOf(persons);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** A finding whose fingerprint covers the rule, the subject, the sorted persons and the given details. */
    static SignalFinding of(QualityRuleCode rule, SignalSubjectKind kind, UUID subject, List<UUID> persons,
                            Map<String, String> facts, String details) {
        List<UUID> sorted = persons.stream().distinct().sorted().toList();
        return new SignalFinding(rule, kind, subject, sorted, facts,
                sha256(rule + "|" + subject + "|" + sorted + "|" + details));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
