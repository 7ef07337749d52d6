package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.HistoryEntry;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.domain.ExtractSamples;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The body of extracts and copies: every act type in every language, the layout per type (birth: child, date,
 * hour, place, sex, parents; marriage: spouses, date, regime; death: deceased, date, place), the copy with the
 * original data and the history, and the multilingual standard form with the four languages side by side.
 */
class ExtractContentTest {
    static final LocalDate DRAWN_UP = ExtractSamples.ACT_DATE;

    static ExtractContent.Facts facts(ExtractKind kind, ActType type, ActContent original, ActContent current,
                                      List<HistoryEntry> history) {
        return new ExtractContent.Facts(kind, type, DRAWN_UP.getYear() + "/" + type + "/7", DRAWN_UP, "24062",
                "Demo registrar", ExtractSamples.basis(type), original, current, history);
    }

    static String text(DocumentContent c) {
        StringBuilder s = new StringBuilder(c.title()).append('\n').append(c.subtitle()).append('\n');
        for (Block b : c.blocks()) {
            if (b instanceof Block.Heading h) {
                s.append(h.text()).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                s.append(p.text()).append('\n');
            } else if (b instanceof Block.Facts f) {
                f.rows().forEach(r -> s.append(r.label()).append(": ").append(r.value()).append('\n'));
            } else if (b instanceof Block.Table t) {
                s.append(String.join(" | ", t.headers())).append('\n');
                t.rows().forEach(r -> s.append(String.join(" | ", r)).append('\n'));
            }
        }
        return s.toString();
    }

    @Test
    void everyActTypeHasItsLayoutInEveryLanguage() {
        for (ActType type : ActType.values()) {
            if (type == ActType.AMENDED) {
                continue;
            }
            ActContent content = ExtractSamples.complete(type);
            for (String language : DocumentRequest.LANGUAGES) {
                for (ExtractKind kind : List.of(ExtractKind.EXTRACT, ExtractKind.COPY)) {
                    DocumentContent doc = ExtractContent.build(facts(kind, type, content, content, List.of()), language);
                    String text = text(doc);
                    assertFalse(text.contains("null"), type + " " + language + ": " + text);
                    assertTrue(doc.subtitle().contains(type + "/7"), doc.subtitle());
                    assertTrue(doc.blocks().size() >= 5, type + " " + language + " has a body: " + text);
                }
            }
        }
    }

    @Test
    void aBirthExtractInGermanShowsTheChildTheBirthAndTheParents() {
        BirthContent birth = (BirthContent) ExtractSamples.complete(ActType.BIRTH);
        String text = text(ExtractContent.build(facts(ExtractKind.EXTRACT, ActType.BIRTH, birth, birth, List.of()), "de"));
        for (String expected : List.of("Auszug aus einer Personenstandsurkunde", "Geburtsurkunde Nr. 2026/BIRTH/7",
                "Kind", "Familienname: Janssens", "Vornamen: Lotte", "Geschlecht: weiblich", "Geburtsdatum: 7. März 2026",
                "Geburtszeit: 04:35", "Geburtsort: Löwen", "Mutter", "Familienname: Peeters", "Vater",
                "Geburtsort: Utrecht (Niederlande)", "Namenswahl: Name des Vaters", "Standesbeamter: Demo registrar",
                "Für gleichlautenden Auszug.")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void marriageAndDeathShowTheirOwnFields() {
        ActContent marriage = ExtractSamples.complete(ActType.MARRIAGE);
        String fr = text(ExtractContent.build(facts(ExtractKind.EXTRACT, ActType.MARRIAGE, marriage, marriage,
                List.of()), "fr"));
        for (String expected : List.of("Extrait d'un acte de l'état civil", "Acte de mariage n° 2026/MARRIAGE/7",
                "Conjoint 1", "Conjoint 2", "Date du mariage: 10 mars 2026", "Lieu du mariage: Louvain",
                "Régime matrimonial: contrat de mariage", "Témoins", "Pour extrait conforme.")) {
            assertTrue(fr.contains(expected), expected + " in\n" + fr);
        }
        ActContent death = ExtractSamples.complete(ActType.DEATH);
        String en = text(ExtractContent.build(facts(ExtractKind.EXTRACT, ActType.DEATH, death, death, List.of()), "en"));
        for (String expected : List.of("Death certificate no. 2026/DEATH/7", "Deceased", "Family name: Claes",
                "Date of birth: 20 February 1931", "Date of death: 9 March 2026", "Time of death: 23:10",
                "Place of death: Leuven")) {
            assertTrue(en.contains(expected), expected + " in\n" + en);
        }
    }

    @Test
    void anExtractShowsTheCurrentDataACopyTheOriginalAndTheHistory() {
        BirthContent original = (BirthContent) ExtractSamples.complete(ActType.BIRTH);
        BirthContent corrected = new BirthContent(original.birthDate(), original.birthTime(), original.birthPlace(),
                original.sex(), original.childFamilyName(), "Lotte Marie", null, original.parents(),
                original.nameChoice(), null);
        HistoryEntry amendment = new HistoryEntry(UUID.randomUUID(), ActType.AMENDED, ActStatus.REGISTERED,
                "2026/AMENDED/3", LocalDate.of(2026, 4, 2), null, null,
                new LegalBasis(LegalBasisKind.COURT_DECISION, "AR 26/4242/A", null, null), "spelling of the given name",
                List.of(new FieldChange("childGivenNames", "Lotte", "Lotte Marie")));
        String extract = text(ExtractContent.build(facts(ExtractKind.EXTRACT, ActType.BIRTH, original, corrected,
                List.of(amendment)), "nl"));
        assertTrue(extract.contains("Voornamen: Lotte Marie"), extract);
        assertTrue(extract.contains("Deze akte werd verbeterd"), extract);
        assertFalse(extract.contains("2026/AMENDED/3"), "an extract shows no history");

        String copy = text(ExtractContent.build(facts(ExtractKind.COPY, ActType.BIRTH, original, corrected,
                List.of(amendment)), "nl"));
        assertTrue(copy.startsWith("Afschrift van een akte van de burgerlijke stand"), copy);
        assertTrue(copy.contains("Oorspronkelijke gegevens van de akte"), copy);
        assertTrue(copy.contains("Voornamen: Lotte\n"), "the original given name: " + copy);
        assertTrue(copy.contains("Geschiedenis van de akte"), copy);
        assertTrue(copy.contains("2026/AMENDED/3 | 2 april 2026 | rechterlijke beslissing, AR 26/4242/A | spelling of the "
                + "given name | Voornamen van het kind: Lotte \u2192 Lotte Marie"), copy);
        assertTrue(copy.contains("Voor eensluidend afschrift."), copy);

        String none = text(ExtractContent.build(facts(ExtractKind.COPY, ActType.BIRTH, original, original, List.of()),
                "en"));
        assertTrue(none.contains("The act has not been amended."), none);
    }

    @Test
    void theMultilingualFormPutsTheFourLanguagesSideBySide() {
        BirthContent birth = (BirthContent) ExtractSamples.complete(ActType.BIRTH);
        DocumentContent doc = ExtractContent.build(facts(ExtractKind.MULTILINGUAL, ActType.BIRTH, birth, birth,
                List.of()), "fr");
        Block.Table form = doc.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(List.of("Nederlands", "Français", "Deutsch", "English", "Gegevens / Données / Angaben / Data"),
                form.headers());
        assertTrue(form.rows().contains(List.of("Naam", "Nom", "Familienname", "Family name", "Janssens")), form.rows()
                .toString());
        assertTrue(form.rows().contains(List.of("Geboortedatum", "Date de naissance", "Geburtsdatum", "Date of birth",
                "07.03.2026")), form.rows().toString());
        assertTrue(form.rows().contains(List.of("Geboorteplaats", "Lieu de naissance", "Geburtsort", "Place of birth",
                "Leuven / Louvain / Löwen")), form.rows().toString());
        assertTrue(form.rows().contains(List.of("Naam en voornamen van de moeder", "Nom et prénoms de la mère",
                "Familienname und Vornamen der Mutter", "Family name and given names of the mother", "Peeters An")),
                form.rows().toString());
        String text = text(doc);
        assertTrue(text.contains("Annexe : formulaire type multilingue (règlement (UE) 2016/1191)"), text);
        assertTrue(text.contains("Prénoms: Lotte"), "the extract itself comes first: " + text);

        ActContent marriage = ExtractSamples.complete(ActType.MARRIAGE);
        String m = text(ExtractContent.build(facts(ExtractKind.MULTILINGUAL, ActType.MARRIAGE, marriage, marriage,
                List.of()), "de"));
        assertTrue(m.contains("Naam van echtgenoot 2 | Nom du conjoint 2 | Familienname des Ehegatten 2 | Family name "
                + "of spouse 2 | Janssens"), m);
        ActContent death = ExtractSamples.complete(ActType.DEATH);
        String d = text(ExtractContent.build(facts(ExtractKind.MULTILINGUAL, ActType.DEATH, death, death, List.of()),
                "en"));
        assertTrue(d.contains("Datum van overlijden | Date du décès | Sterbedatum | Date of death | 09.03.2026"), d);
    }

    @Test
    void theFourTextFilesHaveTheSameKeys() throws Exception {
        Properties nl = load("");
        for (String language : List.of("_fr", "_de", "_en")) {
            Properties other = load(language);
            assertEquals(nl.stringPropertyNames(), other.stringPropertyNames(), language + ": "
                    + nl.stringPropertyNames().stream().filter(k -> !other.containsKey(k)).collect(Collectors.toList())
                    + " / " + other.stringPropertyNames().stream().filter(k -> !nl.containsKey(k)).toList());
        }
    }

    @Test
    void fieldPathsAreNamedWhereALabelExistsAndSexFieldsAreRecognised() {
        ExtractTexts t = ExtractTexts.of("en");
        assertEquals("Given names of the child", ExtractContent.field("childGivenNames", t));
        assertEquals("Date of birth (parents[0].person.birthDate)", ExtractContent.field("parents[0].person.birthDate", t));
        assertEquals("somethingElse", ExtractContent.field("somethingElse", t));
        assertTrue(ExtractService.isSexField("sex"));
        assertTrue(ExtractService.isSexField("spouses[1].sex"));
        assertTrue(ExtractService.isSexField("newSex"));
        assertFalse(ExtractService.isSexField("childGivenNames"));
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ExtractContentTest.class.getResourceAsStream(
                "/be/burgerzaken/civilstatus/extract/texts" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
