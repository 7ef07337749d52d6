package be.burgerzaken.elections.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The convocation letter (oproepingsbrief; "uitnodigingsbrief" in Flanders from 2024 / lettre de convocation) in the
 * municipality's language ({@code bz.municipality.language}): the voter's name and address, the election, the
 * station with its address and hours, the voter's number and what to bring.
 */
final class LetterTexts {
    static final String TYPE = "elections.convocation-letter";

    private LetterTexts() {
    }

    /** The letter's data: voter and station, as stored on the list. */
    record Letter(UUID personId, String familyName, String givenNames, String street, String houseNumber, String box,
                  String postcode, int stationNumber, String stationName, String stationAddress, boolean accessible,
                  int voterNumber) {
    }

    private static final String BASE = "/be/burgerzaken/elections/letter/texts";
    private static final Map<String, Texts> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The texts of one language: Dutch as the default, the language's file over it (read as resources: JPMS). */
    record Texts(java.util.Properties p) {
        String getString(String key) {
            String v = p.getProperty(key);
            if (v == null) {
                throw new IllegalStateException("no letter text " + key);
            }
            return v;
        }
    }

    static Texts texts(String language) {
        return CACHE.computeIfAbsent(language, l -> {
            java.util.Properties p = new java.util.Properties();
            load(p, BASE + ".properties");
            if (!"nl".equals(l)) {
                load(p, BASE + "_" + l + ".properties");
            }
            return new Texts(p);
        });
    }

    private static void load(java.util.Properties p, String resource) {
        try (var in = LetterTexts.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static DocumentRequest request(Letter l, ElectionService.Election election, String language, int copy) {
        Texts b = texts(language);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
        String name = l.givenNames() + " " + l.familyName();
        String address = l.street() + " " + l.houseNumber() + (l.box() == null || l.box().isEmpty() ? "" : " " + l.box())
                + ", " + l.postcode();
        String title = b.getString("title") + (copy > 0 ? " (" + b.getString("duplicate") + " " + copy + ")" : "");
        List<Block> blocks = List.of(
                Block.Facts.of(b.getString("voter"), name, b.getString("address"), address),
                new Block.Paragraph(MessageFormat.format(b.getString("invitation"), election.name(),
                        day.format(election.electionDay()))),
                Block.Facts.of(b.getString("station"), l.stationNumber() + " - " + l.stationName(),
                        b.getString("stationAddress"), l.stationAddress(),
                        b.getString("accessible"), b.getString(l.accessible() ? "yes" : "no"),
                        b.getString("hours"), election.openingHours(),
                        b.getString("voterNumber"), Integer.toString(l.voterNumber())),
                new Block.Paragraph(b.getString(election.rule().compulsory() ? "compulsory" : "notCompulsory")),
                new Block.Heading(b.getString("bring")),
                new Block.Paragraph(b.getString("bringText")));
        return new DocumentRequest(TYPE, language, l.personId(), name, Map.of(b.getString("title"), election.name(),
                b.getString("voter"), name), new DocumentContent(title, election.name(), blocks));
    }
}
