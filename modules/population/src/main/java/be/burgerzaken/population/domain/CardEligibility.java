package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.NationalityGroup;
import be.burgerzaken.population.api.RegisterType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which foreigners' card (verblijfskaart / carte de séjour) a resident may get, by the register they are in
 * (bevolkingsregister, vreemdelingenregister, wachtregister) and their nationality group (EU or not), kept as
 * data in {@code card-eligibility.csv} next to this class (UNVERIFIED, so a municipality corrects a line, not the
 * code). Belgian cards (eID, Kids-ID) follow the nationality and are not in the table.
 */
public final class CardEligibility {
    private static final CardEligibility STANDARD = load();

    /** One line: the registers and nationality groups a card type is issued to. */
    public record Row(String cardType, Set<RegisterType> registers, Set<NationalityGroup> groups) {
    }

    private final Map<String, Row> rows;

    public CardEligibility(Map<String, Row> rows) {
        this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public static CardEligibility standard() {
        return STANDARD;
    }

    public Optional<Row> row(String cardType) {
        return Optional.ofNullable(rows.get(cardType));
    }

    /**
     * Adds a problem on {@code cardType} when a foreigner's card of this type is not issued to a resident of this
     * register and nationality group; answers whether the card may be issued. Belgian cards are not checked here.
     */
    public boolean check(CardType type, RegisterType register, NationalityGroup group, List<FieldProblem> problems) {
        if (type.forBelgians()) {
            return true;
        }
        Row row = rows.get(type.code());
        if (row == null) {
            problems.add(new FieldProblem("cardType", "not-for-register", "no register is given a " + type.code()
                    + " card (card-eligibility.csv)"));
            return false;
        }
        if (!row.registers().contains(register)) {
            problems.add(new FieldProblem("cardType", "not-for-register", "a " + type.code() + " card is for the "
                    + row.registers() + " register; the person is in the " + register + " register"));
            return false;
        }
        if (!row.groups().contains(group)) {
            problems.add(new FieldProblem("cardType", "not-for-nationality", "a " + type.code() + " card is for "
                    + (row.groups().contains(NationalityGroup.EU) ? "citizens of the European Union"
                    : "nationals of countries outside the European Union") + "; the person's nationality group is "
                    + group));
            return false;
        }
        return true;
    }

    static CardEligibility parse(List<String> lines) {
        Map<String, Row> map = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 3) {
                throw new IllegalStateException("card-eligibility.csv: 3 fields expected in: " + line);
            }
            String code = f[0].strip().toUpperCase(Locale.ROOT);
            Row row = new Row(code, values(f[1], RegisterType.class, EnumSet.allOf(RegisterType.class)),
                    values(f[2], NationalityGroup.class, EnumSet.of(NationalityGroup.EU, NationalityGroup.NON_EU)));
            if (map.put(code, row) != null) {
                throw new IllegalStateException("card-eligibility.csv: duplicate card type " + code);
            }
        }
        return new CardEligibility(map);
    }

    private static <E extends Enum<E>> Set<E> values(String field, Class<E> type, Set<E> all) {
        if (field.strip().equals("*")) {
            return Collections.unmodifiableSet(EnumSet.copyOf(all));
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String v : field.split(",")) {
            set.add(Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)));
        }
        return Collections.unmodifiableSet(set);
    }

    private static CardEligibility load() {
        try (InputStream in = CardEligibility.class.getResourceAsStream("card-eligibility.csv")) {
            if (in == null) {
                throw new IllegalStateException("card-eligibility.csv is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
