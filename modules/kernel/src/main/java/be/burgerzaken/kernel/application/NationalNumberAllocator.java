package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberSeries;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.domain.NationalNumberSeriesRow;
import be.burgerzaken.kernel.persistence.PersonStore;
import be.burgerzaken.kernel.persistence.SeriesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.OptionalInt;

/**
 * Allocates the next free national register number for a birth date and sex (toekenning rijksregisternummer).
 * The series row is locked until the caller's transaction ends, so two parallel allocations never hand out
 * the same number; numbers already held by a person (e.g. imported) are skipped. When a date's serials are
 * exhausted, allocation continues in the year's overflow prefixes ({@link NationalNumberSeries#prefixes()}).
 */
@ApplicationScoped
public class NationalNumberAllocator {

    @Inject
    SeriesStore series;
    @Inject
    PersonStore persons;

    @Transactional(Transactional.TxType.MANDATORY)
    public NationalNumber allocate(PartialDate birthDate, Sex sex) {
        NationalNumberSeries rule = NationalNumberSeries.of(birthDate, sex);
        for (String prefix : rule.prefixes()) {
            NationalNumberSeriesRow row = series.lock(prefix, rule.century(), rule.parity());
            OptionalInt next = rule.nextSerial(row.lastSerial());
            while (next.isPresent()) {
                NationalNumber candidate = rule.number(prefix, next.getAsInt());
                if (!persons.nationalNumberInUse(candidate.digits())) {
                    row.lastSerial(next.getAsInt());
                    return candidate;
                }
                next = rule.nextSerial(next.getAsInt());
            }
            row.lastSerial(rule.lastSerial());
        }
        throw new ConflictException("national-number-exhausted", "no national number is left for birth date "
                + birthDate + " and sex " + sex + " in any series", 409);
    }
}
