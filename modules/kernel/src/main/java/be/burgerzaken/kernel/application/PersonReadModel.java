package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.FactRecord;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.person.ParentsView;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.domain.FactTimeline;
import be.burgerzaken.kernel.domain.Person;
import be.burgerzaken.kernel.domain.PersonFact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Turns stored facts into views: current identity, identity as of a date, and history lines. */
final class PersonReadModel {
    static final Set<InformationType> ALL_TYPES = Set.of(InformationType.IDENTIFICATION, InformationType.NAME,
            InformationType.BIRTH, InformationType.SEX, InformationType.NATIONALITY, InformationType.DEATH,
            InformationType.STATUS);

    /** What a history read shows: every identity fact, the civil status included. */
    static final Set<InformationType> HISTORY_TYPES = Set.of(InformationType.IDENTIFICATION, InformationType.NAME,
            InformationType.BIRTH, InformationType.SEX, InformationType.NATIONALITY, InformationType.DEATH,
            InformationType.STATUS, InformationType.CIVIL_STATUS, InformationType.ASCENDANTS);

    private PersonReadModel() {
    }

    static PersonView view(Person p) {
        return new PersonView(p.id(), p.nationalNumber(), p.familyName(), p.givenNames(), p.birthDate(),
                p.birthPlaceNis(), p.birthPlaceForeign(), p.birthCountry(), p.sex(), p.nationalities(),
                p.deathDate(), p.deathPlaceNis(), p.deathPlaceForeign(), PersonStatus.valueOf(p.status()), p.version());
    }

    static Map<IdentityFact, FactTimeline<PersonFact>> timelines(List<PersonFact> facts) {
        Map<IdentityFact, List<FactTimeline.Entry<PersonFact>>> byFact = new EnumMap<>(IdentityFact.class);
        for (PersonFact f : facts) {
            byFact.computeIfAbsent(IdentityFact.valueOf(f.fact()), k -> new ArrayList<>()).add(f.asEntry());
        }
        Map<IdentityFact, FactTimeline<PersonFact>> result = new EnumMap<>(IdentityFact.class);
        byFact.forEach((k, v) -> result.put(k, new FactTimeline<>(v)));
        return result;
    }

    /** Updates the person's current projection from all of its facts, as valid today. */
    static void project(Person person, List<PersonFact> facts, LocalDate today) {
        PersonView v = asOf(view(person), facts, today, null);
        person.name(v.familyName(), v.givenNames());
        person.birth(v.birthDate(), v.birthPlaceNis(), v.birthPlaceForeign(), v.birthCountry());
        person.sex(v.sex());
        person.nationalities(v.nationalities());
        person.death(v.deathDate(), v.deathPlaceNis(), v.deathPlaceForeign());
        person.status(v.status().name());
        person.nationalNumber(v.nationalNumber());
    }

    /** The identity valid on {@code validOn} as known at {@code knownAt}; facts unknown then are empty. */
    @SuppressWarnings("unchecked")
    static PersonView asOf(PersonView current, List<PersonFact> facts, LocalDate validOn, Instant knownAt) {
        Map<IdentityFact, FactTimeline<PersonFact>> t = timelines(facts);
        Map<String, Object> nn = value(t, IdentityFact.NATIONAL_NUMBER, validOn, knownAt);
        Map<String, Object> name = value(t, IdentityFact.NAME, validOn, knownAt);
        Map<String, Object> birth = value(t, IdentityFact.BIRTH, validOn, knownAt);
        Map<String, Object> sex = value(t, IdentityFact.SEX, validOn, knownAt);
        Map<String, Object> nat = value(t, IdentityFact.NATIONALITY, validOn, knownAt);
        Map<String, Object> death = value(t, IdentityFact.DEATH, validOn, knownAt);
        Map<String, Object> status = value(t, IdentityFact.STATUS, validOn, knownAt);
        return new PersonView(current.id(), str(nn, "nationalNumber"), str(name, "familyName"),
                str(name, "givenNames"), str(birth, "date"), str(birth, "placeNis"), str(birth, "placeForeign"),
                str(birth, "country"), sex == null ? "U" : str(sex, "sex"),
                nat == null ? List.of() : List.copyOf((List<String>) nat.get("nationalities")),
                str(death, "date"), str(death, "placeNis"), str(death, "placeForeign"),
                status == null ? PersonStatus.ACTIVE : PersonStatus.valueOf(str(status, "status")), current.version());
    }

    static List<FactRecord> history(List<PersonFact> facts) {
        Map<IdentityFact, FactTimeline<PersonFact>> t = timelines(facts);
        List<FactRecord> lines = new ArrayList<>();
        for (PersonFact f : facts) {
            FactTimeline<PersonFact> timeline = t.get(IdentityFact.valueOf(f.fact()));
            FactTimeline.Entry<PersonFact> entry = timeline.entries().stream().filter(e -> e.payload() == f)
                    .findFirst().orElseThrow();
            lines.add(new FactRecord(f.id(), IdentityFact.valueOf(f.fact()), FactValues.fromJson(f.value()),
                    f.validFrom(), f.validTo(), f.recordedAt(), f.recordedBy(),
                    new Basis(f.basisKind(), f.basisRef(), f.note()), timeline.superseded(entry)));
        }
        return lines;
    }

    /** The civil status valid on {@code validOn} (everything recorded); an empty status when none is recorded. */
    static CivilStatusView civilStatus(UUID personId, List<PersonFact> facts, LocalDate validOn) {
        FactTimeline<PersonFact> timeline = timelines(facts).get(IdentityFact.CIVIL_STATUS);
        Optional<FactTimeline.Entry<PersonFact>> e = timeline == null ? Optional.empty() : timeline.at(validOn, null);
        if (e.isEmpty()) {
            return new CivilStatusView(personId, validOn, null, null, null, null, null);
        }
        PersonFact f = e.get().payload();
        Map<String, Object> v = FactValues.fromJson(f.value());
        String partner = str(v, "partnerId");
        return new CivilStatusView(personId, validOn, CivilStatus.valueOf(str(v, "status")),
                partner == null ? null : UUID.fromString(partner), str(v, "partnerName"), f.validFrom(),
                new Basis(f.basisKind(), f.basisRef(), f.note()));
    }

    // --- civil status (issue 4): filiation ---

    /** The parents valid on {@code validOn} (everything recorded); an empty list when none is recorded. */
    @SuppressWarnings("unchecked")
    static ParentsView parents(UUID personId, List<PersonFact> facts, LocalDate validOn) {
        FactTimeline<PersonFact> timeline = timelines(facts).get(IdentityFact.PARENTS);
        Optional<FactTimeline.Entry<PersonFact>> e = timeline == null ? Optional.empty() : timeline.at(validOn, null);
        if (e.isEmpty()) {
            return new ParentsView(personId, validOn, List.of(), null, null);
        }
        PersonFact f = e.get().payload();
        List<ParentLink> links = parentLinks(FactValues.fromJson(f.value()));
        return new ParentsView(personId, validOn, links, f.validFrom(), new Basis(f.basisKind(), f.basisRef(), f.note()));
    }

    /** The links of a PARENTS value (as {@link FactValues#normalise} keeps it). */
    @SuppressWarnings("unchecked")
    static List<ParentLink> parentLinks(Map<String, Object> v) {
        List<ParentLink> links = new ArrayList<>();
        Object list = v == null ? null : v.get("parents");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                Map<String, Object> m = (Map<String, Object>) o;
                String id = str(m, "personId");
                links.add(new ParentLink(str(m, "role"), id == null ? null : UUID.fromString(id), str(m, "name"),
                        str(m, "basisReference")));
            }
        }
        return links;
    }

    private static Map<String, Object> value(Map<IdentityFact, FactTimeline<PersonFact>> t, IdentityFact fact,
                                             LocalDate validOn, Instant knownAt) {
        FactTimeline<PersonFact> timeline = t.get(fact);
        if (timeline == null) {
            return null;
        }
        Optional<FactTimeline.Entry<PersonFact>> e = timeline.at(validOn, knownAt);
        return e.map(x -> FactValues.fromJson(x.payload().value())).orElse(null);
    }

    private static String str(Map<String, Object> m, String key) {
        if (m == null) {
            return null;
        }
        Object o = m.get(key);
        return o == null ? null : o.toString();
    }
}
