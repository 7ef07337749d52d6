package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import be.burgerzaken.population.domain.CardNumberFormat;
import be.burgerzaken.population.domain.Validity;
import be.burgerzaken.population.domain.ValidityRuleTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo identity documents: about 70% of the active Belgian demo persons aged 12 or more get an activated eID
 * applied for on a realistic past date (validity from the rule table), about 3% of them expiring within the
 * next 8 weeks so that the invitation list is not empty, and about 1% still ACTIVATED although their last valid
 * day passed 1 to 30 days ago (the work of the daily expiry job, which has not run on a new database). Bulk JDBC;
 * runs only while no document exists.
 */
@ApplicationScoped
public class IdentityDocumentDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(IdentityDocumentDemoData.class.getName());
    static final String BY = "demo";
    /** Cards past their last day are at most this many days past it. */
    static final int OVERDUE_DAYS = 30;

    @Inject
    Platform platform;
    @Inject
    ValidityRuleTable rules;
    @Inject
    Clock clock;

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void load(long seed) {
        int n = DemoJdbc.inOneTransaction(platform.dataSource(), "demo identity documents",
                c -> load(c, seed, LocalDate.now(clock.withZone(IdentityDocumentService.BELGIUM))));
        if (n > 0) {
            LOG.info("demo data: " + n + " identity documents");
        }
    }

    int load(Connection c, long seed, LocalDate today) throws SQLException {
        if (DemoJdbc.count(c, "SELECT COUNT(*) FROM population.identity_document") > 0) {
            return 0;
        }
        Random random = new Random(seed * 31 + 110);
        // a second sequence, so that the cards past their last day do not change who gets which card
        Random overdue = new Random(seed * 31 + 111);
        long serial = 0;
        int count = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, birth_date, nationalities FROM kernel.person "
                     + "WHERE status = 'ACTIVE' ORDER BY id");
             PreparedStatement doc = c.prepareStatement("INSERT INTO population.identity_document (id, person_id, "
                     + "card_type, card_number, chip_number, status, urgent, applied_at, applied_by, valid_from, "
                     + "valid_until, validity_rule, photo_captured, photo_captured_by, photo_captured_at, "
                     + "fingerprints_captured, fingerprints_captured_by, fingerprints_captured_at, declaration_ref, "
                     + "updated_at, version) VALUES (?, ?, 'EID', ?, NULL, ?, FALSE, ?, ?, ?, ?, ?, TRUE, ?, ?, "
                     + "TRUE, ?, ?, NULL, ?, 1)");
             PreparedStatement event = c.prepareStatement("INSERT INTO population.identity_document_event (id, "
                     + "document_id, from_status, to_status, step, occurred_at, recorded_by, reason, reference) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
            while (rs.next()) {
                String birthText = rs.getString(2);
                String nationalities = rs.getString(3);
                boolean chosen = random.nextInt(100) < 70;
                boolean expiringSoon = random.nextInt(100) < 4;
                int daysAgo = random.nextInt(3650);
                if (!chosen || birthText.contains("-00") || birthText.startsWith("0000") || nationalities == null
                        || !(("," + nationalities + ",").contains(",BE,"))) {
                    continue;
                }
                LocalDate birth = LocalDate.parse(birthText);
                if (ValidityRuleTable.age(birth, today) < 12) {
                    continue;
                }
                Optional<Validity> validity;
                if (expiringSoon) {
                    LocalDate until = today.plusDays(1 + random.nextInt(56));
                    if (overdue.nextInt(4) == 0) {
                        until = today.minusDays(1 + overdue.nextInt(OVERDUE_DAYS));
                    }
                    validity = expiring(birth, until);
                } else {
                    validity = current(birth, today.minusDays(daysAgo), today);
                }
                if (validity.isEmpty()) {
                    continue;
                }
                Validity v = validity.get();
                UUID id = UUID.nameUUIDFromBytes(("identity-document-" + seed + "-" + rs.getString(1)).getBytes());
                String body = String.format("591%07d", ++serial);
                String number = body + String.format("%02d", CardNumberFormat.checkDigits(body));
                OffsetDateTime applied = v.validFrom().atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(420)))
                        .atOffset(ZoneOffset.UTC);
                OffsetDateTime delivered = applied.plusDays(15);
                doc.setObject(1, id);
                doc.setObject(2, UUID.fromString(rs.getString(1)));
                doc.setString(3, number);
                doc.setString(4, DocumentStatus.ACTIVATED.name());
                doc.setObject(5, applied);
                doc.setString(6, BY);
                doc.setObject(7, v.validFrom());
                doc.setObject(8, v.validUntil());
                doc.setString(9, v.rule().id());
                doc.setString(10, BY);
                doc.setObject(11, applied);
                doc.setString(12, BY);
                doc.setObject(13, applied);
                doc.setObject(14, delivered);
                doc.addBatch();
                history(event, seed, id, null, DocumentStatus.APPLIED, null, applied);
                history(event, seed, id, DocumentStatus.APPLIED, DocumentStatus.PRODUCTION_ORDERED,
                        DocumentStep.ORDER_PRODUCTION, applied.plusDays(1));
                history(event, seed, id, DocumentStatus.PRODUCTION_ORDERED, DocumentStatus.PIN_PUK_SENT,
                        DocumentStep.SEND_PIN_PUK_LETTER, applied.plusDays(8));
                history(event, seed, id, DocumentStatus.PIN_PUK_SENT, DocumentStatus.ACTIVATED, DocumentStep.DELIVER,
                        delivered);
                if (++count % 500 == 0) {
                    doc.executeBatch();
                    event.executeBatch();
                }
            }
            doc.executeBatch();
            event.executeBatch();
        }
        return count;
    }

    /** An application about {@code daysAgo} ago, kept when the card is still valid today. */
    private Optional<Validity> current(LocalDate birth, LocalDate appliedOn, LocalDate today) {
        return rules.validity("EID", ValidityRuleTable.age(birth, appliedOn), appliedOn)
                .filter(v -> !v.validUntil().isBefore(today));
    }

    /** An application whose card ends on {@code until}: 10 years earlier, when the 10-year rule applied then. */
    private Optional<Validity> expiring(LocalDate birth, LocalDate until) {
        LocalDate appliedOn = until.minusYears(10);
        return rules.validity("EID", ValidityRuleTable.age(birth, appliedOn), appliedOn)
                .filter(v -> v.validUntil().equals(until));
    }

    private static void history(PreparedStatement event, long seed, UUID doc, DocumentStatus from, DocumentStatus to,
                                DocumentStep step, OffsetDateTime at) throws SQLException {
        event.setObject(1, UUID.nameUUIDFromBytes((doc + "-" + to + "-" + seed).getBytes()));
        event.setObject(2, doc);
        event.setString(3, from == null ? null : from.name());
        event.setString(4, to.name());
        event.setString(5, step == null ? null : step.name());
        event.setObject(6, at);
        event.setString(7, BY);
        event.addBatch();
    }
}
