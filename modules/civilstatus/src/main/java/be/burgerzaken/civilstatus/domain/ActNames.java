package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.NamedPerson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search keys of the names an act writes (act index by name): lower case, diacritics dropped, letters only,
 * so that "Çelik", "celik" and "CELIK" meet, and "Van den Broeck" is found by "van den" (prefix).
 */
public final class ActNames {
    static final int MAX_KEY = 200;

    /** A name's keys and the role it has in the act. */
    public record Key(be.burgerzaken.civilstatus.api.SubjectRole role, String family, String given) {
    }

    private ActNames() {
    }

    /** One key per person the content names with a family name. */
    public static List<Key> of(ActContent content) {
        List<Key> keys = new ArrayList<>();
        for (NamedPerson p : ActPersons.of(content)) {
            String family = key(p.familyName());
            if (!family.isEmpty()) {
                keys.add(new Key(p.role(), family, key(p.givenNames())));
            }
        }
        return keys;
    }

    /** The search key of a name: "Van den Broeck-Çelik" -> "vandenbroeckcelik"; null -> "". */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String k = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }
}
