package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.StreetChangeKind;
import be.burgerzaken.population.api.StreetListMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a street list (stratenlijst / liste des rues) changes in the stored one, street by street (key: NIS code
 * and street code). A street in the list and not stored is {@code ADDED}; a stored one with another Dutch or
 * French name is {@code RENAMED} (postcode or district may change with it), with only another postcode or district
 * {@code CHANGED}; a retired one that is listed again {@code REINSTATED}. A full list ({@code REPLACE}) retires
 * the current streets of its municipalities it no longer has from {@code retireOn} (valid_to, exclusive: the
 * first day the street is gone); a street is never deleted, addresses keep pointing at it.
 */
public final class StreetListDiff {
    private StreetListDiff() {
    }

    /** A street as stored; {@code validTo} null while it is current. */
    public record Stored(String nis, String streetCode, String nameNl, String nameFr, String postcode,
                         String district, LocalDate validTo) {
    }

    /** A street of the imported list. */
    public record Incoming(String nis, String streetCode, String nameNl, String nameFr, String postcode,
                           String district) {
    }

    /** One change: the street before (null when added), after (null when retired), the retirement day. */
    public record Change(StreetChangeKind kind, Stored before, Incoming after, LocalDate validTo) {
        public String nis() {
            return after != null ? after.nis() : before.nis();
        }

        public String streetCode() {
            return after != null ? after.streetCode() : before.streetCode();
        }
    }

    /** The changes (by kind, then municipality and street code) and how many listed streets stay as they are. */
    public record Result(List<Change> changes, int unchanged) {
        public int count(StreetChangeKind kind) {
            return (int) changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    public static Result diff(Collection<Stored> stored, List<Incoming> incoming, StreetListMode mode,
                              LocalDate retireOn) {
        Map<String, Stored> byKey = new HashMap<>();
        for (Stored s : stored) {
            byKey.put(key(s.nis(), s.streetCode()), s);
        }
        List<Change> changes = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        int unchanged = 0;
        for (Incoming in : incoming) {
            listed.add(key(in.nis(), in.streetCode()));
            municipalities.add(in.nis());
            Stored s = byKey.get(key(in.nis(), in.streetCode()));
            if (s == null) {
                changes.add(new Change(StreetChangeKind.ADDED, null, in, null));
            } else if (s.validTo() != null) {
                changes.add(new Change(StreetChangeKind.REINSTATED, s, in, null));
            } else if (!Objects.equals(s.nameNl(), in.nameNl()) || !Objects.equals(s.nameFr(), in.nameFr())) {
                changes.add(new Change(StreetChangeKind.RENAMED, s, in, null));
            } else if (!Objects.equals(s.postcode(), in.postcode()) || !Objects.equals(s.district(), in.district())) {
                changes.add(new Change(StreetChangeKind.CHANGED, s, in, null));
            } else {
                unchanged++;
            }
        }
        if (mode == StreetListMode.REPLACE) {
            for (Stored s : stored) {
                boolean current = s.validTo() == null || s.validTo().isAfter(retireOn);
                if (current && municipalities.contains(s.nis()) && !listed.contains(key(s.nis(), s.streetCode()))) {
                    changes.add(new Change(StreetChangeKind.RETIRED, s, null, retireOn));
                }
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::nis).thenComparing(Change::streetCode));
        return new Result(List.copyOf(changes), unchanged);
    }

    private static String key(String nis, String streetCode) {
        return nis + "|" + streetCode;
    }
}
