package be.burgerzaken.criminalrecords.domain;

import be.burgerzaken.criminalrecords.api.ExtractModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dated rule row: its id, kind, the models it concerns, its validity (from inclusive, to inclusive, null: open)
 * and parameters, and the legal text it applies.
 */
public record FilterRule(String id, RuleKind kind, Set<ExtractModel> models, LocalDate validFrom, LocalDate validTo,
                         Map<String, String> params, String legalText) {

    public FilterRule {
        models = Set.copyOf(models);
        params = Map.copyOf(params);
    }

    /** Whether the rule is in force on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean appliesTo(ExtractModel model, LocalDate day) {
        return models.contains(model) && validOn(day);
    }

    int intParam(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new IllegalStateException("rule " + id + " needs parameter " + name);
        }
        return Integer.parseInt(v);
    }

    BigDecimal decimalParam(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new IllegalStateException("rule " + id + " needs parameter " + name);
        }
        return new BigDecimal(v);
    }

    boolean boolParam(String name) {
        return Boolean.parseBoolean(params.getOrDefault(name, "false"));
    }

    List<String> listParam(String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
    }
}
