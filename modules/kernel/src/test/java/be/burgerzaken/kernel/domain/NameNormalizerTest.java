package be.burgerzaken.kernel.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameNormalizerTest {

    // ---------------------------------------------------------------- key

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "D'Hondt|dhondt",
            "D\u2019Hondt|dhondt",
            "D\u02BCHondt|dhondt",
            "Çelik|celik",
            "Van den Broeck|vandenbroeck",
            "Lefèvre|lefevre",
            "Lefe\u0300vre|lefevre",
            "VAN DE VELDE|vandevelde",
            "Vande-Velde|vandevelde",
            "St.-Jean|stjean",
            "Strauß|strauss",
            "Æbeltoft|aebeltoft",
            "Œuvray|oeuvray",
            "Sørensen|sorensen",
            "Łukasiewicz|lukasiewicz",
            "Yıldız|yildiz",
            "İnan|inan",
            "Đorđević|dordevic",
            "Ĳzerman|ijzerman",
            "Müller-Lüdenscheidt|mullerludenscheidt",
            "Nguyễn|nguyen",
            "Çağla|cagla",
            "Dubоis|dubois",
            "Goossenс|goossens",
            "Олена Шевченко|olenashevchenko",
            "Παπαδόπουλος|papadopoulos",
            "Jan2 Pieter|janpieter",
            "  Peeters  |peeters"
    })
    void keyIsLowerCaseWithoutDiacriticsAndNonLetters(String name, String key) {
        assertEquals(key, NameNormalizer.key(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "'-. "})
    void keyOfNothingIsEmpty(String name) {
        assertEquals("", NameNormalizer.key(name));
        assertEquals("", NameNormalizer.phonetic(name));
        assertEquals("", NameNormalizer.initials(name));
        assertEquals(List.of(), NameNormalizer.tokens(name));
    }

    // ---------------------------------------------------------------- phonetic

    /** Each row: names that must share one phonetic key. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Dhondt | D'Hondt | Dhont | De Hondt | D'Hont",
            "Dehaene | D'Haene | De Haene | Dhaene",
            "Janssens | Jansens | Janssens",
            "Peeters | Pieters | Peters",
            "Claes | Claeys | Claeijs | Klaes | Claes",
            "Willems | Wilems",
            "Goossens | Goossenс | Goosens",
            "Lefebvre | Lefèvre | Lefevre",
            "Dubois | Dubоis | Du Bois",
            "Vandevelde | Van de Velde | Vande Velde | Van De Velde",
            "Mertens | Maertens",
            "Smets | Smedts",
            "Desmet | De Smet | Desmedt | De Smedt",
            "Wouters | Wauters",
            "Jacobs | Jakobs",
            "Philips | Filips",
            "Thijs | Thys | Tijs",
            "Huybrechts | Huijbrechts | Hybrechts",
            "Schmitt | Schmidt | Schmit",
            "Nguyen | Nguien | Nguyễn",
            "Mohammed | Mohamed | Muhammad | Mohammad",
            "Ahmed | Ahmet",
            "Çelik | Celik",
            "Leclercq | Leclerc",
            "Dierickx | Diericks",
            "Meyer | Meier | Mayer",
            "Cools | Kools",
            "Decoster | De Coster | Dekoster"
    })
    void variantsCollide(String row) {
        List<String> names = Arrays.stream(row.split("\\|")).map(String::strip).toList();
        String expected = NameNormalizer.phonetic(names.get(0));
        assertFalse(expected.isEmpty());
        for (String name : names) {
            assertEquals(expected, NameNormalizer.phonetic(name), names.get(0) + " vs " + name);
        }
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({
            "Janssens, Jacobs",
            "Janssens, Janssen",
            "Peeters, Pauwels",
            "Maes, Mertens",
            "Dubois, Dupont",
            "Vermeulen, Vermeule",
            "Lefebvre, Lefebure",
            "Çelik, Tchelik",
            "Schmitt, Smit",
            "Smets, Smet",
            "Claes, Claessens",
            "Wouters, Wuyts",
            "Willems, Wellens",
            "Goossens, Govaerts",
            "Jacobs, Jacops",
            "Vandevelde, Vandeveld",
            "Dhondt, Dhooge",
            "Huybrechts, Hubrecht",
            "Mohammed, Mahmoud",
            "Nguyen, Nguema"
    })
    void differentNamesDoNotCollide(String a, String b) {
        assertNotEquals(NameNormalizer.phonetic(a), NameNormalizer.phonetic(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Peeters, patars",
            "D'Hondt, dant",
            "Janssens, jansans",
            "Claeys, klas",
            "Huybrechts, habraxts",
            "Schmidt, sxmat",
            "Çelik, salak",
            "Philips, falaps",
            "Wouters, vatars",
            "Lefebvre, lafavra",
            "Dierickx, daraks",
            "Vandevelde, vandavalda",
            "Mohammed, mahamat"
    })
    void phoneticKeysAreReadable(String name, String phonetic) {
        assertEquals(phonetic, NameNormalizer.phonetic(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D'Hondt", "Van den Broeck", "Çelik", "Müller-Lüdenscheidt", "Goossenс", "De Smet"})
    void phoneticDependsOnlyOnTheKey(String name) {
        assertEquals(NameNormalizer.phonetic(name), NameNormalizer.phonetic(NameNormalizer.key(name)));
        assertEquals(NameNormalizer.phonetic(name), NameNormalizer.phonetic(name.toUpperCase(Locale.ROOT)));
    }

    @Test
    void phoneticKeysUseOnlyCodeLettersForLatinNames() {
        for (String name : List.of("Peeters", "Dhondt", "Claeijs", "Huijbrechts", "Xhonneux", "Quaghebeur",
                "Verschueren", "Zwaenepoel", "Björk")) {
            String key = NameNormalizer.phonetic(name);
            assertTrue(key.matches("[abdfhjklmnprstvx]+"), name + " -> " + key);
            assertFalse(key.matches(".*(.)\\1.*"), "no repeated codes in " + key);
        }
    }

    // ---------------------------------------------------------------- initials and tokens

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Jan Pieter|JP",
            "Marie-Claire|MC",
            "Çağla|C",
            "jan-pieter  karel|JPK",
            "Élodie|E",
            "J.P.|JP",
            "Øystein|O",
            "Олена|O",
            "N'Golo|N"
    })
    void initialsAreTheFirstLettersOfEachGivenName(String givenNames, String initials) {
        assertEquals(initials, NameNormalizer.initials(givenNames));
    }

    @Test
    void tokensAreTheKeysOfEachWord() {
        assertEquals(List.of("van", "den", "broeck"), NameNormalizer.tokens("Van den Broeck"));
        assertEquals(List.of("dhondt"), NameNormalizer.tokens("D'Hondt"));
        assertEquals(List.of("muller", "ludenscheidt"), NameNormalizer.tokens("Müller-Lüdenscheidt"));
        assertEquals(List.of("jan", "pieter"), NameNormalizer.tokens("  Jan,  Pieter "));
        assertEquals(List.of("lefevre"), NameNormalizer.tokens("Lefe\u0300vre"));
    }
}
