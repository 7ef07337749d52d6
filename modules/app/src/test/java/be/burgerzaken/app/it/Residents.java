package be.burgerzaken.app.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test set-up shared by the population ITs: a new Belgian resident registered at once (an arrival from abroad: an
 * arrival from a Belgian municipality is a procedure, 202), and waiting until the server's command blocks on a row
 * the test holds locked.
 */
final class Residents {
    private Residents() {
    }

    /**
     * Registers a new Belgian person (birth place Leuven, a national number allocated) at {@code address} from
     * {@code date} in the population register, arriving from the Netherlands; {@code household} is the registration's
     * household choice (JSON) or null for a new household. Asserts 201 and answers the new person's id.
     */
    static String registerFromAbroad(String family, String given, String born, String sex, String address,
                                     Object date, String household, String purpose) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + born
                + "\",\"birthPlaceNis\":\"24062\",\"sex\":\"" + sex + "\",\"nationalities\":[\"BE\"],"
                + "\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(purpose),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"POPULATION\",\"date\":\""
                        + date + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"}"
                        + (household == null ? "" : ",\"household\":" + household)
                        + ",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }

    /** Until a session of the test database waits for a lock (the server's write of a row the test holds locked). */
    static void waitForALockWait(Connection c, String what) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE"
                    + " datname = current_database() AND wait_event_type = 'Lock'");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the command never waited for the locked " + what);
    }
}
