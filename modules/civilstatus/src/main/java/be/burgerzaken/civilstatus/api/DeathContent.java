package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Death act (overlijdensakte / acte de décès): the deceased, date, hour (when known) and place of death, and the
 * surviving spouse, if any.
 */
public record DeathContent(PersonDetails deceased, LocalDate deathDate, LocalTime deathTime, Place deathPlace,
                           PersonDetails spouse) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.DEATH;
    }
}
