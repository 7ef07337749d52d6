package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.CertificateOptions;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.ResidencePeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateContentTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static final PersonView HOLDER = person("Çelik", "Şükrü", "1993-05-18", "93051822361", List.of("TR", "BE"));
    static final PersonView PARTNER = person("Müller", "Anna", "1995-02-03", null, List.of("DE"));
    static final Address ADDRESS = new Address(UUID.randomUUID(), "24062", "1020", "Naamsestraat", "Rue de Namur",
            "12", "3", "3000", "Leuven");
    static final Address OLD = new Address(UUID.randomUUID(), "24062", "1030", "Tiensestraat", null, "5", "", "3000",
            "Leuven");

    static PersonView person(String family, String given, String birth, String nn, List<String> nationalities) {
        return new PersonView(UUID.randomUUID(), nn, family, given, birth, "24062", null, null, "M", nationalities,
                null, null, null, PersonStatus.ACTIVE, 1);
    }

    static CertificateFacts facts(CertificateType type, CertificateOptions options) {
        return facts(type, options, null);
    }

    static CertificateFacts facts(CertificateType type, CertificateOptions options, ReferenceAddressKind reference) {
        List<ResidencePeriod> history = List.of(
                new ResidencePeriod(OLD, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 3, 1), OriginKind.ABROAD,
                        null, "TR", null, "x", null, null, null, null),
                new ResidencePeriod(ADDRESS, LocalDate.of(2020, 3, 1), null, OriginKind.MUNICIPALITY, null, null,
                        null, "x", null, null, null, null));
        return new CertificateFacts(type, HOLDER, RegisterType.POPULATION, ADDRESS, LocalDate.of(2020, 3, 1), reference, history,
                type == CertificateType.HOUSEHOLD_COMPOSITION ? List.of(
                        new CertificateFacts.Member(HOLDER, HouseholdPosition.REFERENCE_PERSON),
                        new CertificateFacts.Member(PARTNER, HouseholdPosition.SPOUSE_OR_PARTNER)) : List.of(),
                false, AS_OF, options);
    }

    static String text(DocumentContent c) {
        return c.title() + "\n" + c.subtitle() + "\n" + c.blocks().stream().map(CertificateContentTest::text)
                .collect(Collectors.joining("\n"));
    }

    static String text(Block b) {
        if (b instanceof Block.Heading h) {
            return h.text();
        }
        if (b instanceof Block.Paragraph p) {
            return p.text();
        }
        if (b instanceof Block.Facts f) {
            return f.rows().stream().map(r -> r.label() + ": " + r.value()).collect(Collectors.joining("\n"));
        }
        Block.Table t = (Block.Table) b;
        return t.headers() + "\n" + t.rows();
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void everyTypeHasTextInAllFourLanguagesWithTheIdentity(CertificateType type) {
        for (String language : List.of("nl", "fr", "de", "en")) {
            DocumentContent c = CertificateContent.build(facts(type, new CertificateOptions(true, true)), language);
            String text = text(c);
            assertFalse(c.title().isBlank());
            assertTrue(text.contains("Çelik Şükrü"), language + " " + text);
            assertTrue(text.contains("93.05.18-223.61"), language + " " + text);
            assertTrue(text.contains("1993"), text);
            assertFalse(text.contains("{0}"), text);
        }
    }

    @Test
    void aReferenceAddressIsNamedAsSuchOnTheCertificate() {
        String fr = text(CertificateContent.build(facts(CertificateType.MAIN_RESIDENCE, CertificateOptions.NONE,
                ReferenceAddressKind.OCMW), "fr"));
        assertTrue(fr.contains("Adresse de référence: adresse de référence auprès du CPAS"), fr);
        String nl = text(CertificateContent.build(facts(CertificateType.HOUSEHOLD_COMPOSITION, CertificateOptions.NONE,
                ReferenceAddressKind.PRIVATE_HOST), "nl"));
        assertTrue(nl.contains("Referentieadres: referentieadres bij een natuurlijke persoon"), nl);
        String ordinary = text(CertificateContent.build(facts(CertificateType.MAIN_RESIDENCE, CertificateOptions.NONE), "de"));
        assertFalse(ordinary.contains("Referenzadresse"), ordinary);
    }

    @Test
    void titlesDifferPerLanguage() {
        assertEquals("Samenstelling van het gezin", CertificateContent.title(CertificateType.HOUSEHOLD_COMPOSITION, "nl"));
        assertEquals("Composition de ménage", CertificateContent.title(CertificateType.HOUSEHOLD_COMPOSITION, "fr"));
        assertEquals("Haushaltszusammensetzung", CertificateContent.title(CertificateType.HOUSEHOLD_COMPOSITION, "de"));
        assertEquals("Household composition", CertificateContent.title(CertificateType.HOUSEHOLD_COMPOSITION, "en"));
    }

    @Test
    void householdCompositionInFrenchListsMembersWithPositionsAndFrenchStreetName() {
        String text = text(CertificateContent.build(facts(CertificateType.HOUSEHOLD_COMPOSITION, CertificateOptions.NONE), "fr"));
        assertTrue(text.contains("Composition de ménage"), text);
        assertTrue(text.contains("Müller Anna"), text);
        assertTrue(text.contains("Conjoint(e) ou partenaire"), text);
        assertTrue(text.contains("Personne de référence"), text);
        assertTrue(text.contains("Rue de Namur 12 bte 3, 3000"), text);
        assertTrue(text.contains("29 novembre 2026"), text);
        assertTrue(text.contains("Turquie") || text.contains("Belgique"), text);
    }

    @Test
    void mainResidenceWithHistoryAndNoCivilStatusRecorded() {
        String text = text(CertificateContent.build(facts(CertificateType.MAIN_RESIDENCE, new CertificateOptions(true, true)), "nl"));
        assertTrue(text.contains("Vorige hoofdverblijfplaatsen"), text);
        assertTrue(text.contains("Tiensestraat 5"), text);
        assertTrue(text.contains("29 februari 2020"), text);
        assertTrue(text.contains("Burgerlijke staat: niet opgenomen in de registers"), text);
        assertFalse(text.contains("beschikbaar"), text);
    }

    // --- civil status (issue 4): the kernel's fact as of the certificate's date ---

    static CertificateFacts withCivilStatus(CivilStatusView v) {
        CertificateFacts f = facts(CertificateType.MAIN_RESIDENCE, new CertificateOptions(false, true));
        return new CertificateFacts(f.type(), f.holder(), f.register(), f.address(), f.residentSince(),
                f.referenceAddress(), f.history(), f.members(), f.collectiveDwelling(), f.asOf(), f.options(), v);
    }

    @Test
    void theCivilStatusIsPrintedFromTheKernelFactWithPartnerAndDateInEachLanguage() {
        CivilStatusView married = new CivilStatusView(HOLDER.id(), AS_OF, CivilStatus.MARRIED, PARTNER.id(),
                "Müller, Anna", LocalDate.of(2021, 5, 8), Basis.of("ACT", "2021/MARRIAGE/000012"));
        Map<String, String> expected = Map.of(
                "nl", "Burgerlijke staat: gehuwd met Müller, Anna sinds 8 mei 2021",
                "fr", "État civil: marié(e) avec Müller, Anna depuis le 8 mai 2021",
                "de", "Personenstand: verheiratet mit Müller, Anna seit 8. Mai 2021",
                "en", "Civil status: married to Müller, Anna since 8 May 2021");
        expected.forEach((language, line) -> {
            String text = text(CertificateContent.build(withCivilStatus(married), language));
            assertTrue(text.contains(line), language + ": " + text);
        });
        CivilStatusView widowed = new CivilStatusView(HOLDER.id(), AS_OF, CivilStatus.WIDOWED, null, "Müller, Anna",
                LocalDate.of(2025, 1, 3), Basis.of("ACT", "2025/DEATH/000001"));
        assertTrue(text(CertificateContent.build(withCivilStatus(widowed), "nl"))
                .contains("weduwe of weduwnaar van Müller, Anna sinds 3 januari 2025"));
        CivilStatusView single = new CivilStatusView(HOLDER.id(), AS_OF, CivilStatus.SINGLE, null, null, null, null);
        assertTrue(text(CertificateContent.build(withCivilStatus(single), "de")).contains("Personenstand: ledig\n")
                || text(CertificateContent.build(withCivilStatus(single), "de")).contains("Personenstand: ledig"));
        CivilStatusView none = new CivilStatusView(HOLDER.id(), AS_OF, null, null, null, null, null);
        assertTrue(text(CertificateContent.build(withCivilStatus(none), "en"))
                .contains("Civil status: not recorded in the registers"));
    }

    @Test
    void mainResidenceWithoutOptionsShowsNoHistoryNorCivilStatus() {
        String text = text(CertificateContent.build(facts(CertificateType.MAIN_RESIDENCE, CertificateOptions.NONE), "en"));
        assertFalse(text.contains("Previous main residences"), text);
        assertFalse(text.contains("Civil status"), text);
        assertTrue(text.contains("Naamsestraat 12 box 3"), text);
    }

    @Test
    void memberWithoutNationalNumberShowsUnknown() {
        String text = text(CertificateContent.build(facts(CertificateType.HOUSEHOLD_COMPOSITION, CertificateOptions.NONE), "de"));
        assertTrue(text.contains("unbekannt"), text);
    }
}
