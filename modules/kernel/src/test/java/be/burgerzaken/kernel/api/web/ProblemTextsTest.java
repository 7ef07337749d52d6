package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refusal's screen text: the key order, arguments (periods in words, dates, numbers) and the English fallback. */
class ProblemTextsTest {
    private static final Locale NL = Locale.forLanguageTag("nl-BE");
    private static final Locale FR = Locale.forLanguageTag("fr-BE");

    @Test
    void periodsReadAsWordsInEachLanguage() throws IOException {
        assertEquals("1 jaar", ProblemTexts.period(Period.ofYears(1), kernel("messages.properties")));
        assertEquals("1 an", ProblemTexts.period(Period.ofYears(1), kernel("messages_fr.properties")));
        assertEquals("1 year", ProblemTexts.period(Period.ofYears(1), kernel("messages_en.properties")));
        assertEquals("2 jaar en 6 maanden", ProblemTexts.period(Period.of(2, 6, 0), kernel("messages.properties")));
        assertEquals("2 ans et 1 mois", ProblemTexts.period(Period.of(2, 1, 0), kernel("messages_fr.properties")));
        assertEquals("1 year, 1 month and 3 days",
                ProblemTexts.period(Period.of(1, 1, 3), kernel("messages_en.properties")));
        assertEquals("2 weken", ProblemTexts.period(Period.ofDays(14), kernel("messages.properties")));
        assertEquals("1 dag", ProblemTexts.period(Period.ofDays(1), kernel("messages.properties")));
        assertEquals("0 jours", ProblemTexts.period(Period.ZERO, kernel("messages_fr.properties")));
    }

    @Test
    void theFieldsOwnTextComesBeforeTheCodesTextAndArgumentsAreFilledIn() throws IOException {
        Map<String, String> texts = new HashMap<>();
        texts.put("problem.over-limit", "Te lang.");
        texts.put("problem.plannedEnd.over-limit", "Hoogstens {0}: uiterlijk {1}.");
        Function<String, String> lookup = key -> texts.containsKey(key) ? texts.get(key)
                : kernelOrNull(key);
        FieldProblem planned = FieldProblem.of("plannedEnd", "over-limit", "at most P1Y", Period.ofYears(1),
                LocalDate.of(2026, 3, 1));
        assertEquals("Hoogstens 1 jaar: uiterlijk 01/03/2026.", ProblemTexts.of(planned, NL, lookup));
        FieldProblem other = new FieldProblem("validTo", "over-limit", "too long");
        assertEquals("Te lang.", ProblemTexts.of(other, NL, lookup));
    }

    @Test
    void listIndicesAreLeftOutOfTheFieldKey() {
        Map<String, String> texts = Map.of("problem.members.personId.duplicate", "Twee keer dezelfde persoon.");
        FieldProblem p = new FieldProblem("members[3].personId", "duplicate", "the same person twice");
        assertEquals("problem.members.personId.duplicate", ProblemTexts.fieldKey(p));
        assertEquals("Twee keer dezelfde persoon.", ProblemTexts.of(p, NL, texts::get));
    }

    @Test
    void aNestedFieldReadsItsLastPartAndATextNeedingValuesTheProblemLacksIsPassedOver() {
        Map<String, String> texts = Map.of(
                "problem.houseNumber.invalid", "'{0}' is geen huisnummer.",
                "problem.address.streetCode.unknown", "Geen straat '{0}'.",
                "problem.unknown", "Onbekend.");
        assertEquals("'98x!' is geen huisnummer.", ProblemTexts.of(
                FieldProblem.of("address.houseNumber", "invalid", "'98x!' is not a house number", "98x!"), NL,
                texts::get));
        assertEquals("Geen straat '9999'.", ProblemTexts.of(
                FieldProblem.of("address.streetCode", "unknown", "no street 9999", "9999"), NL, texts::get));
        assertEquals("Onbekend.", ProblemTexts.of(
                new FieldProblem("address.streetCode", "unknown", "no street 9999"), NL, texts::get));
    }

    @Test
    void withoutATextOrWithoutTheValuesItNeedsTheServicesMessageIsShown() {
        Map<String, String> texts = Map.of("problem.length", "Hoogstens {0} tekens.");
        assertEquals("no text for this", ProblemTexts.of(new FieldProblem("x", "odd", "no text for this"), NL,
                texts::get));
        assertEquals("at most 200 characters", ProblemTexts.of(
                new FieldProblem("familyName", "length", "at most 200 characters"), NL, texts::get));
        assertEquals("Hoogstens 1.000 tekens.", ProblemTexts.of(
                FieldProblem.of("familyName", "length", "at most 1000 characters", 1000), NL, texts::get));
        assertEquals("Hoogstens 1 000 tekens.", ProblemTexts.of(
                FieldProblem.of("familyName", "length", "at most 1000 characters", 1000), FR, texts::get)
                .replace('\u202f', ' ').replace('\u00a0', ' '));
    }

    @Test
    void otherRefusalsReadTheirProblemType() throws IOException {
        Function<String, String> nl = kernel("messages.properties");
        assertEquals("Iemand anders wijzigde dit gegeven intussen; laad het opnieuw en breng uw wijziging opnieuw aan.",
                ProblemTexts.of(ConflictException.staleVersion(1, 2), NL, nl));
        assertEquals("U mag dit niet doen; er ontbreekt: role POPULATION, training GDPR.",
                ProblemTexts.of(new AccessDeniedException("no", List.of("role POPULATION", "training GDPR")), NL,
                        nl));
        assertEquals("Introuvable (ou non visible pour vous).",
                ProblemTexts.of(new NotFoundException("no person 7"), FR, kernel("messages_fr.properties")));
        assertEquals("odd state", ProblemTexts.of(new ConflictException("no-such-type", "odd state", 409), NL, nl));
    }

    private static String kernelOrNull(String key) {
        try {
            return kernel("messages.properties").apply(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Function<String, String> kernel(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream("/be/burgerzaken/kernel/web/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p::getProperty;
    }
}
