package be.burgerzaken.civilstatus.api;

import java.util.List;
import java.util.UUID;

/**
 * An amended act (verbeterde akte / acte modifié): which registered act it corrects, why, the corrected content
 * (of the original's type) and the fields it changes, computed by the application against the original as
 * amended so far (input ignored).
 */
public record AmendedContent(UUID originalActId, String originalNumber, ActType originalType, String reason,
                             ActContent corrected, List<FieldChange> changes) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.AMENDED;
    }
}
