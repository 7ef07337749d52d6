package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.domain.ExtractAccessRule.Scope;
import be.burgerzaken.civilstatus.domain.ExtractAccessRules;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The access rules from configuration: years and circles replace the defaults or apply from a later day. */
class ExtractRuleSettingsTest {

    @Test
    void withoutConfigurationTheDefaultsApply() {
        ExtractAccessRules rules = ExtractRuleSettings.fromConfig(config(Map.of()));
        assertEquals(ExtractAccessRules.defaults(), rules.rules().stream().sorted(java.util.Comparator.comparing(
                r -> ExtractAccessRules.defaults().indexOf(r))).toList());
    }

    @Test
    void configuredYearsAndCirclesReplaceTheDefaultsFromTheirDay() {
        ExtractAccessRules rules = ExtractRuleSettings.fromConfig(config(Map.of(
                "bz.civilstatus.extract.public-after.death", "40",
                "bz.civilstatus.extract.circle.sex-change", "self, notary")));
        assertEquals(40, rules.rule(Scope.DEATH, LocalDate.of(2026, 1, 1)).publicAfterYears());
        assertEquals("CS-EXTRACT-DEATH-CONF-2019-03-31", rules.rule(Scope.DEATH, LocalDate.of(2026, 1, 1)).id());
        assertFalse(rules.rule(Scope.DEATH, LocalDate.of(2026, 1, 1)).verified());
        assertEquals(75, rules.rule(Scope.MARRIAGE, LocalDate.of(2026, 1, 1)).publicAfterYears());
        assertEquals(List.of(RequesterRelation.SELF, RequesterRelation.NOTARY),
                rules.rule(Scope.SEX_CHANGE, LocalDate.of(2026, 1, 1)).circleInOrder());

        ExtractAccessRules later = ExtractRuleSettings.fromConfig(config(Map.of(
                "bz.civilstatus.extract.valid-from", "2027-01-01",
                "bz.civilstatus.extract.circle", "SELF,HEIR")));
        LocalDate drawnUp = LocalDate.of(2020, 1, 1);
        assertEquals(AccessBasis.VERIFIED, later.decide(Scope.OTHER, false, drawnUp, LocalDate.of(2026, 12, 31),
                RequesterRelation.ASCENDANT, true).outcome(), "before the configured day the default circle");
        assertFalse(later.decide(Scope.OTHER, false, drawnUp, LocalDate.of(2027, 1, 1), RequesterRelation.ASCENDANT,
                true).allowed(), "from it the configured one");
        assertEquals(100, later.rule(Scope.OTHER, LocalDate.of(2027, 1, 1)).publicAfterYears(), "years kept");
    }

    @Test
    void aWrongValueStopsTheStartWithTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExtractRuleSettings.fromConfig(config(
                Map.of("bz.civilstatus.extract.circle", "SELF,COUSIN"))));
        assertTrue(e.getMessage().contains("bz.civilstatus.extract.circle"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ExtractRuleSettings.fromConfig(config(
                Map.of("bz.civilstatus.extract.circle", "SELF,NONE"))));
        assertThrows(IllegalStateException.class, () -> ExtractRuleSettings.fromConfig(config(
                Map.of("bz.civilstatus.extract.valid-from", "31/03/2019"))));
    }

    /** A configuration of these keys only. */
    static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                String v = values.get(name);
                if (v == null) {
                    return Optional.empty();
                }
                if (type == Integer.class) {
                    return Optional.of(type.cast(Integer.valueOf(v.strip())));
                }
                return Optional.of(type.cast(v));
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new IllegalArgumentException();
            }
        };
    }
}
