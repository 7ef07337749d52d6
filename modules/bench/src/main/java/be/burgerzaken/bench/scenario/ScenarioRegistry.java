package be.burgerzaken.bench.scenario;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every scenario the harness knows, in report order. A module's scenario is one class and one line here:
 * criminal records (issue 6) adds e.g. an extract request; elections (issue 7) adds scenario 6 as a
 * {@link BatchJob} (voter list generation and the letter batch of the dataset's city).
 */
public final class ScenarioRegistry {

    private ScenarioRegistry() {
    }

    /** Concurrency scenarios: run at every level with warm-up and a fixed duration. */
    public static List<Supplier<Scenario>> scenarios() {
        return List.of(
                TrivialEndpoint::new,
                LookupByNationalNumber::new,
                TolerantNameSearch::new,
                ResidentsAtAddress::new,
                CertificateIssue::new,
                BirthActRegistration::new,
                AddressChangeDeclaration::new,
                CriminalRecordExtract::new);
    }

    /** One-shot jobs timed once per dataset (batch work such as the voter list). */
    public static List<Supplier<BatchJob>> batchJobs() {
        return List.of(ElectionRun::new);
    }

    /** Scenarios of the issue that cannot run on this branch, with the reason; reported as not run. */
    public static List<Pending> pending() {
        return List.of();
    }

    /** A scenario the issue asks for that this branch cannot measure. */
    public record Pending(String id, String title, String reason) {
    }
}
