package be.burgerzaken.population.web;

import java.util.Map;
import java.util.UUID;

/**
 * A screen about one citizen that shows personal data only once a purpose is stated: the purpose stated for that
 * citizen earlier in the session is used on load, otherwise the page asks for it first; a purpose the facade
 * accepted is remembered for the citizen. The screen reads what it shows in {@link #read(UUID)} (access check and
 * protocol log in the facades).
 */
public abstract class PurposeGatedPersonPage extends PersonPage {
    /** Where a refused read shows its field problem: the page's purpose form. */
    static final Map<String, String> PURPOSE_FIELD = Map.of("purpose", "purposeForm:purpose");

    /** Called on page load (f:viewAction): reads the page with the purpose known for this citizen, if any. */
    public void load() {
        UUID person = personId();
        if (person == null || !isPurposeNeeded()) {
            return;
        }
        String known = purposes.forPerson(person);
        if (known != null) {
            setPurpose(known);
            read(person);
        }
    }

    /** The purpose form: reads the page with the typed purpose and remembers it for the citizen when accepted. */
    public void confirmPurpose() {
        UUID person = personId();
        if (person != null && read(person)) {
            purposes.forPerson(person, getPurpose().strip());
        }
    }

    /** Reads what the page shows about {@code person} with the purpose; false, with the problem shown, if refused. */
    protected abstract boolean read(UUID person);

    /** Whether the page still waits for a purpose: nothing read yet, or the read was refused. */
    public abstract boolean isPurposeNeeded();
}
