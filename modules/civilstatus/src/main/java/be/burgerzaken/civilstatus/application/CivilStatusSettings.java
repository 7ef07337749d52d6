package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.domain.ActNumberFormat;
import be.burgerzaken.civilstatus.domain.ActRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The civil-status module's configuration (docs/operations.md): act-number format and register codes, the
 * attachment size limit, the city whose acts these are, and the rule values that are UNVERIFIED.
 */
@ApplicationScoped
public class CivilStatusSettings {
    static final Pattern REGISTER_CODE = Pattern.compile("[A-Z0-9_-]{1,30}");

    @Inject
    Config config;
    @Inject
    @ConfigProperty(name = "bz.civilstatus.act-number.format", defaultValue = ActNumberFormat.DEFAULT)
    String numberFormat;
    @Inject
    @ConfigProperty(name = "bz.civilstatus.attachment.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;
    @Inject
    @ConfigProperty(name = "bz.civilstatus.municipality-nis", defaultValue = "24062")
    String municipalityNis;

    private ActNumberFormat format;
    private final Map<ActType, String> registers = new EnumMap<>(ActType.class);
    private ActRules rules;

    @PostConstruct
    void init() {
        format = new ActNumberFormat(numberFormat);
        for (ActType t : ActType.values()) {
            String code = config.getOptionalValue("bz.civilstatus.register-code." + t.name(), String.class)
                    .map(s -> s.strip().toUpperCase(Locale.ROOT)).orElse(t.name());
            if (!REGISTER_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("bz.civilstatus.register-code." + t.name() + " must be 1-30 of A-Z, "
                        + "0-9, _ and -: '" + code + "'");
            }
            registers.put(t, code);
        }
        ActRules d = ActRules.DEFAULTS;
        rules = new ActRules(
                number("bz.civilstatus.marriage.minimum-age", d.marriageMinimumAge()),
                number("bz.civilstatus.marriage.witness-minimum-age", d.witnessMinimumAge()),
                number("bz.civilstatus.marriage.witnesses.min", d.marriageWitnessesMin()),
                number("bz.civilstatus.marriage.witnesses.max", d.marriageWitnessesMax()),
                number("bz.civilstatus.marriage.waiting-days", d.marriageWaitingDays()),
                number("bz.civilstatus.marriage.declaration-months", d.marriageDeclarationMonths()),
                number("bz.civilstatus.recognition.child-consent-age", d.recognitionChildConsentAge()),
                number("bz.civilstatus.sex-change.minimum-age", d.sexChangeMinimumAge()));
        if (maxAttachmentBytes < 1) {
            throw new IllegalArgumentException("bz.civilstatus.attachment.max-bytes must be positive");
        }
    }

    private int number(String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }

    public ActNumberFormat numberFormat() {
        return format;
    }

    /** The register an act type's numbers belong to (types configured with the same code share a sequence). */
    public String registerCode(ActType type) {
        return registers.get(type);
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public ActRules rules() {
        return rules;
    }
}
