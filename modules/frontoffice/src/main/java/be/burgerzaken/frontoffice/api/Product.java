package be.burgerzaken.frontoffice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A product of the service catalogue (product / prestation): what the department delivers, in nl/fr/en, with its
 * legal basis (wettelijke basis / base légale), who may request it, the documents to bring, the fee, the channels
 * it is offered on, the target lead time in working days, the module procedure it starts ({@code procedureKey},
 * a {@code ServiceProcedure} key, with {@code variant} such as the certificate type), whether an own request on the
 * e-counter is fulfilled at once, and the appointment duration (null: no appointment needed). Dated by
 * {@code validFrom}/{@code validTo}.
 */
public record Product(String code, String nameNl, String nameFr, String nameEn, String descriptionNl,
                      String descriptionFr, String descriptionEn, String legalBasis, String whoMayRequest,
                      ActFor actFor, String requiredDocuments, BigDecimal fee, List<ServiceChannel> channels,
                      int targetDays, String procedureKey, String variant, boolean autoFulfil,
                      Integer appointmentMinutes, LocalDate validFrom, LocalDate validTo, long version) {
    public Product {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** The name in {@code language} (nl, fr, en; Dutch otherwise). */
    public String name(String language) {
        return "fr".equals(language) ? nameFr : "en".equals(language) ? nameEn : nameNl;
    }

    /** The description in {@code language} (nl, fr, en; Dutch otherwise). */
    public String description(String language) {
        return "fr".equals(language) ? descriptionFr : "en".equals(language) ? descriptionEn : descriptionNl;
    }

    public boolean offeredOn(ServiceChannel channel) {
        return channels.contains(channel);
    }
}
