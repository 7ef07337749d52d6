package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.CardCategory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list of card types, kept as data in {@code card-types.csv} next to this class: a new card type is a
 * new line, not a code change (its validity rule goes in {@link ValidityRuleTable}).
 */
public final class CardTypeCatalog {
    private static final CardTypeCatalog STANDARD = load();

    private final Map<String, CardType> types;

    private CardTypeCatalog(Map<String, CardType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    public static CardTypeCatalog standard() {
        return STANDARD;
    }

    public Optional<CardType> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(types.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public List<CardType> all() {
        return List.copyOf(types.values());
    }

    public List<String> codes() {
        return List.copyOf(types.keySet());
    }

    private static CardTypeCatalog load() {
        try (InputStream in = CardTypeCatalog.class.getResourceAsStream("card-types.csv")) {
            if (in == null) {
                throw new IllegalStateException("card-types.csv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, CardType> map = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>(r.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length != 8) {
                    throw new IllegalStateException("card-types.csv: 8 fields expected in: " + line);
                }
                CardType t = new CardType(f[0], CardCategory.valueOf(f[1]), CardNumberFormat.valueOf(f[2]),
                        Boolean.parseBoolean(f[3]), Boolean.parseBoolean(f[4]), f[5], f[6], f[7]);
                if (map.put(t.code(), t) != null) {
                    throw new IllegalStateException("card-types.csv: duplicate code " + t.code());
                }
            }
            return new CardTypeCatalog(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
