package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The value of each identity fact: validation (one place for the rules of what a name, a birth, a death...
 * must hold), normalisation and the JSON form stored in {@code person_fact.fact_value}.
 */
final class FactValues {
    /** Created on first use, so the rules of the values do not need a JSON-B provider (unit tests). */
    private static final class Json {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    private FactValues() {
    }

    static String toJson(Object value) {
        return value == null ? null : Json.JSON.toJson(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fromJson(String json) {
        return json == null ? null : Json.JSON.fromJson(json, LinkedHashMap.class);
    }

    /** Validates and normalises a fact value; {@code prefix} is the field-name prefix used in problems. */
    static Map<String, Object> normalise(IdentityFact fact, Map<String, Object> raw, String prefix, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> v = new LinkedHashMap<>();
        Map<String, Object> in = raw == null ? Map.of() : raw;
        switch (fact) {
            case NAME -> {
                String family = text(in, "familyName");
                String given = text(in, "givenNames");
                if (family == null) {
                    problems.add(new FieldProblem(prefix + "familyName", "required", "the family name is required"));
                } else if (family.length() > 200) {
                    problems.add(new FieldProblem(prefix + "familyName", "length", "at most 200 characters"));
                }
                if (given != null && given.length() > 200) {
                    problems.add(new FieldProblem(prefix + "givenNames", "length", "at most 200 characters"));
                }
                v.put("familyName", family);
                v.put("givenNames", given == null ? "" : given);
            }
            case BIRTH, DEATH -> {
                String date = text(in, "date");
                PartialDate parsed = date(date, prefix + "date", fact == IdentityFact.DEATH, today, problems);
                v.put("date", parsed == null ? date : parsed.toString());
                place(in, prefix, v, problems);
            }
            case SEX -> {
                String sex = text(in, "sex");
                if (sex == null || !List.of("M", "F", "U").contains(sex.toUpperCase(Locale.ROOT))) {
                    problems.add(new FieldProblem(prefix + "sex", "invalid", "the sex must be M, F or U (unknown)"));
                } else {
                    v.put("sex", sex.toUpperCase(Locale.ROOT));
                }
            }
            case NATIONALITY -> {
                Object list = in.get("nationalities");
                List<String> codes = new ArrayList<>();
                if (list instanceof List<?> l) {
                    for (Object o : l) {
                        String code = o == null ? "" : o.toString().strip().toUpperCase(Locale.ROOT);
                        if (ReferenceCatalog.load().countryByIso2(code).isEmpty()) {
                            problems.add(new FieldProblem(prefix + "nationalities", "unknown-country",
                                    "'" + code + "' is not an ISO 3166-1 alpha-2 country code"));
                        } else if (!codes.contains(code)) {
                            codes.add(code);
                        }
                    }
                } else if (list != null) {
                    problems.add(new FieldProblem(prefix + "nationalities", "invalid",
                            "a list of ISO 3166-1 alpha-2 country codes is expected"));
                }
                v.put("nationalities", codes);
            }
            case STATUS -> {
                String status = text(in, "status");
                try {
                    v.put("status", PersonStatus.valueOf(status == null ? "" : status.toUpperCase(Locale.ROOT)).name());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(prefix + "status", "invalid",
                            "the status must be one of " + List.of(PersonStatus.values())));
                }
            }
            case CIVIL_STATUS -> civilStatus(in, prefix, v, problems);
            case PARENTS -> parents(in, prefix, v, problems);
            case NATIONAL_NUMBER -> problems.add(new FieldProblem(prefix + "fact", "not-changeable",
                    "a national number is allocated, not edited; a new number comes with a change of registered sex"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return v;
    }

    /** status (required), partnerId (a person id, optional), partnerName (optional); SINGLE has no partner. */
    private static void civilStatus(Map<String, Object> in, String prefix, Map<String, Object> v,
                                    List<FieldProblem> problems) {
        String status = text(in, "status");
        CivilStatus parsed = null;
        try {
            parsed = CivilStatus.valueOf(status == null ? "" : status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(prefix + "status", status == null ? "required" : "invalid",
                    "the civil status is one of " + List.of(CivilStatus.values())));
        }
        String partnerId = text(in, "partnerId");
        if (partnerId != null) {
            try {
                partnerId = java.util.UUID.fromString(partnerId).toString();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + "partnerId", "invalid", "'" + partnerId + "' is not a person id"));
            }
        }
        String partnerName = text(in, "partnerName");
        if (partnerName != null && partnerName.length() > 400) {
            problems.add(new FieldProblem(prefix + "partnerName", "length", "at most 400 characters"));
        }
        if (parsed == CivilStatus.SINGLE && (partnerId != null || partnerName != null)) {
            problems.add(new FieldProblem(prefix + "partnerId", "not-applicable", "a single person has no partner"));
        }
        v.put("status", parsed == null ? status : parsed.name());
        v.put("partnerId", partnerId);
        v.put("partnerName", partnerName);
    }

    // --- civil status (issue 4): filiation ---

    /**
     * parents: a list (empty allowed: no filiation established) of at most {@link ParentLink#MAX} links, each with a
     * role of {@link ParentLink#ROLES}, a person id or a name (or both) and an optional basisReference; one
     * person once, at most one MOTHER and one FATHER or CO_MOTHER.
     */
    private static void parents(Map<String, Object> in, String prefix, Map<String, Object> v,
                                List<FieldProblem> problems) {
        Object raw = in.get("parents");
        List<Map<String, Object>> out = new ArrayList<>();
        if (raw != null && !(raw instanceof List<?>)) {
            problems.add(new FieldProblem(prefix + "parents", "invalid", "a list of parents is expected"));
            v.put("parents", out);
            return;
        }
        List<?> list = raw == null ? List.of() : (List<?>) raw;
        if (list.size() > ParentLink.MAX) {
            problems.add(new FieldProblem(prefix + "parents", "too-many", "at most " + ParentLink.MAX + " parents"));
        }
        java.util.Set<String> persons = new java.util.HashSet<>();
        int byBirth = 0;
        int mothers = 0;
        for (int i = 0; i < list.size(); i++) {
            String p = prefix + "parents[" + i + "].";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                problems.add(new FieldProblem(prefix + "parents[" + i + "]", "invalid", "a parent is an object"));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> link = (Map<String, Object>) m;
            String role = text(link, "role");
            String normalised = role == null ? null : role.toUpperCase(Locale.ROOT);
            if (normalised == null || !ParentLink.ROLES.contains(normalised)) {
                problems.add(new FieldProblem(p + "role", role == null ? "required" : "invalid",
                        "the parent's role is one of " + ParentLink.ROLES));
            } else if (normalised.equals("MOTHER")) {
                mothers++;
            } else if (!normalised.equals("ADOPTIVE_PARENT")) {
                byBirth++;
            }
            String personId = text(link, "personId");
            if (personId != null) {
                try {
                    personId = java.util.UUID.fromString(personId).toString();
                    if (!persons.add(personId)) {
                        problems.add(new FieldProblem(p + "personId", "duplicate", "the same person twice"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(p + "personId", "invalid", "'" + personId + "' is not a person id"));
                }
            }
            String name = text(link, "name");
            if (personId == null && name == null) {
                problems.add(new FieldProblem(p + "name", "required", "name the parent or give their person id"));
            } else if (name != null && name.length() > 400) {
                problems.add(new FieldProblem(p + "name", "length", "at most 400 characters"));
            }
            String basis = text(link, "basisReference");
            if (basis != null && basis.length() > 200) {
                problems.add(new FieldProblem(p + "basisReference", "length", "at most 200 characters"));
            }
            Map<String, Object> clean = new LinkedHashMap<>();
            clean.put("role", normalised == null ? role : normalised);
            clean.put("personId", personId);
            clean.put("name", name);
            clean.put("basisReference", basis);
            out.add(clean);
        }
        if (mothers > 1 || byBirth > 1) {
            problems.add(new FieldProblem(prefix + "parents", "too-many-by-birth",
                    "a person has at most one mother and one father or co-mother by birth or recognition"));
        }
        v.put("parents", out);
    }

    static PartialDate date(String date, String field, boolean required, LocalDate today, List<FieldProblem> problems) {
        if (date == null) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "the date is required"));
            } else {
                problems.add(new FieldProblem(field, "required",
                        "the date is required; use 0000-00-00 when it is entirely unknown"));
            }
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(date);
            if (d.earliestPossible().isAfter(today)) {
                problems.add(new FieldProblem(field, "future", "the date " + date + " lies in the future"));
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "invalid", e.getMessage()));
            return null;
        }
    }

    private static void place(Map<String, Object> in, String prefix, Map<String, Object> v, List<FieldProblem> problems) {
        String nis = text(in, "placeNis");
        String foreign = text(in, "placeForeign");
        String country = text(in, "country");
        ReferenceCatalog ref = ReferenceCatalog.load();
        if (nis != null && ref.municipalityByNis(nis).isEmpty()) {
            problems.add(new FieldProblem(prefix + "placeNis", "unknown-municipality",
                    "'" + nis + "' is not the NIS code of a Belgian municipality"));
        }
        if (nis != null && foreign != null) {
            problems.add(new FieldProblem(prefix + "placeForeign", "conflict",
                    "give either a Belgian municipality (placeNis) or a foreign place, not both"));
        }
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (ref.countryByIso2(country).isEmpty()) {
                problems.add(new FieldProblem(prefix + "country", "unknown-country",
                        "'" + country + "' is not an ISO 3166-1 alpha-2 country code"));
            }
        }
        if (nis != null && country == null) {
            country = "BE";
        }
        if (foreign != null && country == null) {
            problems.add(new FieldProblem(prefix + "country", "required", "a foreign place needs its country"));
        }
        if (nis != null && country != null && !country.equals("BE")) {
            problems.add(new FieldProblem(prefix + "country", "conflict", "a Belgian municipality lies in BE"));
        }
        v.put("placeNis", nis);
        v.put("placeForeign", foreign);
        v.put("country", country);
    }

    static String text(Map<String, Object> in, String key) {
        Object o = in.get(key);
        if (o == null) {
            return null;
        }
        String s = o.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
