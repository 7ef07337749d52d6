package be.burgerzaken.criminalrecords.domain;

import be.burgerzaken.criminalrecords.api.ExtractModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned set of dated rule rows (see {@code rules/rules.txt}): which rules are in force for a model on a
 * day. Pure data and look-ups; {@link ExtractFilter} evaluates the filter rules.
 */
public record RuleSet(String version, List<FilterRule> rules) {
    public static final String DEFAULT_RESOURCE = "/be/burgerzaken/criminalrecords/rules/rules.txt";

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** The rules shipped with the module. */
    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the row format; a malformed row fails with its line number. */
    public static RuleSet parse(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        List<FilterRule> rules = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split("\\|", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            try {
                if (f[0].equals("version")) {
                    version = f[1];
                    continue;
                }
                if (f.length != 7) {
                    throw new IllegalArgumentException("expected 7 fields, found " + f.length);
                }
                Set<ExtractModel> models = EnumSet.noneOf(ExtractModel.class);
                for (String m : f[2].split(",")) {
                    models.add(ExtractModel.of(m).orElseThrow(() -> new IllegalArgumentException("unknown model " + m)));
                }
                Map<String, String> params = new LinkedHashMap<>();
                if (!f[5].isEmpty()) {
                    for (String kv : f[5].split(";")) {
                        int eq = kv.indexOf('=');
                        params.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
                    }
                }
                rules.add(new FilterRule(f[0], RuleKind.valueOf(f[1]), models, LocalDate.parse(f[3]),
                        f[4].isEmpty() ? null : LocalDate.parse(f[4]), params, f[6]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("rules line " + n + ": " + e.getMessage(), e);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("the rules name no version");
        }
        return new RuleSet(version, rules);
    }

    /** The rules of a kind in force for the model on that day, in file order. */
    public List<FilterRule> inForce(RuleKind kind, ExtractModel model, LocalDate day) {
        return rules.stream().filter(r -> r.kind() == kind && r.appliesTo(model, day)).toList();
    }

    private Optional<FilterRule> one(RuleKind kind, ExtractModel model, LocalDate day) {
        List<FilterRule> found = inForce(kind, model, day);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** The who-may-request rule of the model on that day (the latest row when several overlap). */
    public Optional<FilterRule> whoMayRequest(ExtractModel model, LocalDate day) {
        return one(RuleKind.WHO_MAY_REQUEST, model, day);
    }

    /** Whether the requester kind and channel are allowed, per {@link #whoMayRequest}; no rule: nobody. */
    public boolean mayRequest(ExtractModel model, LocalDate day, String requesterKind, String channel) {
        return whoMayRequest(model, day).map(r -> r.listParam("requesters").contains(requesterKind)
                && r.listParam("channels").contains(channel)).orElse(false);
    }

    /** The fee of the model on that day (zero when no rule sets one). */
    public BigDecimal fee(ExtractModel model, LocalDate day) {
        return one(RuleKind.FEE, model, day).map(r -> r.decimalParam("amount")).orElse(BigDecimal.ZERO);
    }

    /** The sub-types (regulated activities) of the model on that day; empty when the model has none. */
    public List<String> subTypes(ExtractModel model, LocalDate day) {
        return one(RuleKind.SUBTYPES, model, day).map(r -> r.listParam("values")).orElse(List.of());
    }
}
