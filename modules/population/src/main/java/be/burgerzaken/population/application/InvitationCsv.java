package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.population.api.ExpiringDocument;
import be.burgerzaken.population.api.IdentityDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The invitation list (oproepingslijst / liste de convocation) of cards expiring in a period as CSV, for a mail
 * merge: UTF-8 with a byte-order mark (spreadsheets then read accents right), {@code ;} separated (the Belgian
 * spreadsheet default), fields quoted when they hold a separator, a quote or a line break.
 */
public final class InvitationCsv {
    public static final String HEADER = "document_id;person_id;family_name;given_names;address;card_type;card_number;"
            + "valid_until";
    /** The most lines one export carries (about 15 years of a city of 100,000 inhabitants' renewals per week). */
    public static final int MAX_LINES = 50_000;

    private InvitationCsv() {
    }

    /** Every card of {@code [from, to)}, read page by page through the facade (each page protocol-logged). */
    public static List<ExpiringDocument> all(IdentityDocuments documents, LocalDate from, LocalDate to,
                                             AccessContext context) {
        List<ExpiringDocument> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_LINES; page++) {
            Page<ExpiringDocument> p = documents.expiring(from, to, page, IdentityDocuments.MAX_PAGE_SIZE, context);
            all.addAll(p.items());
            if ((long) (page + 1) * p.size() >= p.total() || p.items().isEmpty()) {
                break;
            }
        }
        return all;
    }

    public static String write(List<ExpiringDocument> lines) {
        StringBuilder b = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (ExpiringDocument d : lines) {
            b.append(d.documentId()).append(';').append(d.personId()).append(';')
                    .append(field(d.familyName())).append(';').append(field(d.givenNames())).append(';')
                    .append(field(d.address())).append(';').append(field(d.cardType())).append(';')
                    .append(field(d.cardNumber())).append(';').append(d.validUntil()).append("\r\n");
        }
        return b.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would be a formula in a spreadsheet: neutralised with a quote
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(",")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
