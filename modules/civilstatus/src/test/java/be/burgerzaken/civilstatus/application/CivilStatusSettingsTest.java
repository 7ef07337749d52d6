package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CivilStatusSettingsTest {

    @Test
    void everyActTypesNameIsAValidDefaultRegisterCode() {
        for (ActType t : ActType.values()) {
            assertTrue(CivilStatusSettings.REGISTER_CODE.matcher(t.name()).matches(), t.name());
        }
        assertFalse(CivilStatusSettings.REGISTER_CODE.matcher("BIRTH/2").matches(), "a slash would make numbers ambiguous");
    }
}
