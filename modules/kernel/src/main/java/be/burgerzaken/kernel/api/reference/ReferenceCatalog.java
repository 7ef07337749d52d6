package be.burgerzaken.kernel.api.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read-only catalogue of the reference data shipped with the kernel (referentiegegevens / données de
 * référence): ISO 3166-1 countries with their Belgian NIS codes, and the Belgian municipalities with their
 * postcodes. The data lives in {@code be/burgerzaken/kernel/reference/*.csv} on the class path; sources,
 * reference dates and the refresh procedure are in {@code reference/README.md} next to them.
 *
 * <p>Pure Java and immutable: {@link #load()} reads the files once (UTF-8, {@code ;}-separated, one header
 * line) and returns the same instance afterwards. A malformed file fails loudly with the file and line.
 */
public final class ReferenceCatalog {

    static final String COUNTRIES = "be/burgerzaken/kernel/reference/countries.csv";
    static final String MUNICIPALITIES = "be/burgerzaken/kernel/reference/municipalities.csv";
    private static final String COUNTRIES_HEADER = "iso2;iso3;nis;name_nl;name_fr;name_en";
    private static final String MUNICIPALITIES_HEADER =
            "nis;name_nl;name_fr;name_de;region;province_nis;postcodes";

    private final List<Country> countries;
    private final Map<String, Country> countriesByIso2;
    private final Map<String, Country> countriesByIso3;
    private final Map<String, Country> countriesByNis;
    private final List<Municipality> municipalities;
    private final Map<String, Municipality> municipalitiesByNis;
    private final Map<String, List<Municipality>> municipalitiesByPostcode;
    private final List<Searchable> searchables;

    /** A municipality with the search keys of its names, computed once. */
    private record Searchable(Municipality municipality, List<String> nameKeys) {
    }

    /** A search result and how well it matched: lower is better. */
    private record Hit(Municipality municipality, int rank) {
    }

    private ReferenceCatalog(List<Country> countries, List<Municipality> municipalities) {
        countries = countries.stream().sorted(Comparator.comparing(Country::iso2)).toList();
        municipalities = municipalities.stream().sorted(Comparator.comparing(Municipality::nisCode)).toList();
        this.countries = countries;
        this.countriesByIso2 = index(countries, Country::iso2, COUNTRIES);
        this.countriesByIso3 = index(countries, Country::iso3, COUNTRIES);
        this.countriesByNis = index(countries.stream().filter(Country::hasNisCode).toList(), Country::nisCode,
                COUNTRIES);
        this.municipalities = municipalities;
        this.municipalitiesByNis = index(municipalities, Municipality::nisCode, MUNICIPALITIES);
        Map<String, List<Municipality>> byPostcode = new HashMap<>();
        for (Municipality m : municipalities) {
            for (String postcode : m.postcodes()) {
                byPostcode.computeIfAbsent(postcode, p -> new ArrayList<>()).add(m);
            }
        }
        byPostcode.replaceAll((p, list) -> List.copyOf(list));
        this.municipalitiesByPostcode = Map.copyOf(byPostcode);
        this.searchables = municipalities.stream()
                .map(m -> new Searchable(m, m.names().stream().map(ReferenceCatalog::searchKey).distinct().toList()))
                .toList();
    }

    /** The catalogue, read from the class path on first use and cached. */
    public static ReferenceCatalog load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final ReferenceCatalog INSTANCE = new ReferenceCatalog(
                read(COUNTRIES, COUNTRIES_HEADER, 6, ReferenceCatalog::country),
                read(MUNICIPALITIES, MUNICIPALITIES_HEADER, 7, ReferenceCatalog::municipality));
    }

    /** All countries, sorted by ISO alpha-2 code. */
    public List<Country> countries() {
        return countries;
    }

    /** The country with this ISO 3166-1 alpha-2 code, case-insensitive ({@code be}, {@code BE}). */
    public Optional<Country> countryByIso2(String iso2) {
        return Optional.ofNullable(iso2).map(c -> countriesByIso2.get(c.trim().toUpperCase(Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-3 code, case-insensitive ({@code BEL}). */
    public Optional<Country> countryByIso3(String iso3) {
        return Optional.ofNullable(iso3).map(c -> countriesByIso3.get(c.trim().toUpperCase(Locale.ROOT)));
    }

    /** The country with this three-digit Belgian NIS country code ({@code 150}). */
    public Optional<Country> countryByNis(String nisCode) {
        return Optional.ofNullable(nisCode).map(c -> countriesByNis.get(c.trim()));
    }

    /** All municipalities, sorted by NIS code. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** The municipality with this five-digit NIS code ({@code 24062}). */
    public Optional<Municipality> municipalityByNis(String nisCode) {
        return Optional.ofNullable(nisCode).map(c -> municipalitiesByNis.get(c.trim()));
    }

    /** The municipalities whose territory has this postcode (normally exactly one); empty if unknown. */
    public List<Municipality> municipalitiesByPostcode(String postcode) {
        return postcode == null ? List.of() : municipalitiesByPostcode.getOrDefault(postcode.trim(), List.of());
    }

    /**
     * Municipalities matching {@code text}, at most {@code max}: a name in any language that starts with the
     * text, or has a word (after a space, hyphen or apostrophe) that starts with it, ignoring case, accents and
     * punctuation ({@code luik}, {@code LIEGE}, {@code sint niklaas}, {@code niklaas}); or, for digits, a
     * postcode that starts with them ({@code 3000}, {@code 30}). Exact matches come first, then whole-name
     * prefixes, then word prefixes; ties are ordered by NIS code. Blank text gives an empty list.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public List<Municipality> searchMunicipalities(String text, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        String query = text == null ? "" : searchKey(text);
        if (query.isEmpty() || max == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Searchable s : searchables) {
            int rank = rank(s, query);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(s.municipality(), rank));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.municipality().nisCode()))
                .limit(max)
                .map(Hit::municipality)
                .toList();
    }

    /** 0 exact name or postcode, 1 name/postcode prefix, 2 word prefix, MAX_VALUE no match. */
    private static int rank(Searchable s, String query) {
        int best = Integer.MAX_VALUE;
        for (String postcode : s.municipality().postcodes()) {
            if (postcode.equals(query)) {
                return 0;
            }
            if (postcode.startsWith(query)) {
                best = Math.min(best, 1);
            }
        }
        for (String key : s.nameKeys()) {
            if (key.equals(query)) {
                return 0;
            }
            if (key.startsWith(query)) {
                best = Math.min(best, 1);
            } else if (key.contains(" " + query)) {
                best = Math.min(best, 2);
            }
        }
        return best;
    }

    /** Lower case, accents removed, every run of other characters than letters and digits one space. */
    static String searchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Country country(String[] f) {
        return new Country(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private static Municipality municipality(String[] f) {
        List<String> postcodes = f[6].isBlank() ? List.of() : Arrays.asList(f[6].trim().split(" +"));
        return new Municipality(f[0], f[1], f[2], f[3], f[4], f[5], postcodes);
    }

    private static <T> List<T> read(String resource, String header, int columns, Function<String[], T> mapper) {
        // Class.getResourceAsStream also reads this module's own encapsulated resources when run as a JPMS module
        try (InputStream in = ReferenceCatalog.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data not found on the class path: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (!header.equals(first)) {
                throw new IllegalStateException(resource + ": expected header '" + header + "' but was '" + first + "'");
            }
            List<T> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " fields but found " + fields.length);
                }
                try {
                    rows.add(mapper.apply(fields));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key, String resource) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T row : rows) {
            T previous = map.put(Objects.requireNonNull(key.apply(row)), row);
            if (previous != null) {
                throw new IllegalStateException(resource + ": duplicate key " + key.apply(row));
            }
        }
        return Map.copyOf(map);
    }
}
