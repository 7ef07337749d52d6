package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.NationalityGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NationalityGroupsTest {
    static final Set<String> EU_2019 = Set.of("BE", "NL", "FR", "DE", "PL", "GB");
    static final Set<String> EU_2021 = Set.of("BE", "NL", "FR", "DE", "PL");

    @Test
    void belgianNationalityPrevails() {
        assertEquals(NationalityGroup.BELGIAN, NationalityGroups.group(List.of("BE"), EU_2021));
        assertEquals(NationalityGroup.BELGIAN, NationalityGroups.group(List.of("MA", "BE"), EU_2021));
        assertEquals(NationalityGroup.BELGIAN, NationalityGroups.group(List.of("NL", "BE"), EU_2021));
    }

    @Test
    void anyMemberStateOnTheDateMakesEu() {
        assertEquals(NationalityGroup.EU, NationalityGroups.group(List.of("PL"), EU_2021));
        assertEquals(NationalityGroup.EU, NationalityGroups.group(List.of("TR", "NL"), EU_2021));
        assertEquals(NationalityGroup.NON_EU, NationalityGroups.group(List.of("TR", "MA"), EU_2021));
        assertEquals(NationalityGroup.EU, NationalityGroups.group(List.of("GB"), EU_2019), "a member until 2020");
        assertEquals(NationalityGroup.NON_EU, NationalityGroups.group(List.of("GB"), EU_2021), "not after Brexit");
    }

    @Test
    void noNationalityIsUnknown() {
        assertEquals(NationalityGroup.UNKNOWN, NationalityGroups.group(List.of(), EU_2021));
        assertEquals(NationalityGroup.UNKNOWN, NationalityGroups.group(null, EU_2021));
    }
}
