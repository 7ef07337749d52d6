package be.burgerzaken.population.api;

/**
 * A step in the life of an identity document, as sent over REST ({@code POST .../{id}/events}).
 *
 * @param step       what happened
 * @param cardNumber the card number ({@link DocumentStep#ORDER_PRODUCTION}; eID: {@code 591-1917064-58})
 * @param chipNumber the chip number, optional ({@link DocumentStep#ORDER_PRODUCTION})
 * @param reference  the declaration or police report reference ({@link DocumentStep#REPORT_LOST},
 *                   {@link DocumentStep#REPORT_STOLEN}), optional otherwise
 * @param reason     why ({@link DocumentStep#CANCEL}), optional otherwise
 */
public record DocumentEvent(DocumentStep step, String cardNumber, String chipNumber, String reference,
                            String reason) {
}
