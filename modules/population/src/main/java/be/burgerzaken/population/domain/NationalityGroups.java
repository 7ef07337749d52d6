package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.NationalityGroup;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The nationality group of a resident for the statistics ({@link NationalityGroup}): BELGIAN when one of the
 * nationalities is BE (Belgian nationality prevails), else EU when one is a member state of the European Union on
 * the date ({@code population.eu_member_state}), else NON_EU; UNKNOWN without a recorded nationality. The statistics
 * query applies the same rule in SQL on the kernel's comma-separated nationalities.
 */
public final class NationalityGroups {
    private NationalityGroups() {
    }

    public static NationalityGroup group(Collection<String> nationalities, Set<String> euMembersOnDate) {
        List<String> codes = nationalities == null ? List.of()
                : nationalities.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        if (codes.isEmpty()) {
            return NationalityGroup.UNKNOWN;
        }
        if (codes.contains("BE")) {
            return NationalityGroup.BELGIAN;
        }
        return codes.stream().anyMatch(euMembersOnDate::contains) ? NationalityGroup.EU : NationalityGroup.NON_EU;
    }
}
