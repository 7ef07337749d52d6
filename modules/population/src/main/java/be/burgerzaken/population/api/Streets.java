package be.burgerzaken.population.api;

import java.util.List;
import java.util.Optional;

/** The municipality's street list (stratenlijst / liste des rues): reference data, no personal data. */
public interface Streets {

    /** Streets whose Dutch or French name contains the text (case and accents ignored), by name. */
    List<Street> search(String text, int max);

    Optional<Street> byCode(String streetCode);
}
