package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.ResidencePeriod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a population certificate's body (inhoud / contenu) in the certificate's language from the facts the
 * service gathered; no access, no logging, no data of its own. Every type shows the holder's identity; the rest
 * depends on the type. The civil status (burgerlijke staat / état civil) is the kernel's fact as of the
 * certificate's date, which the civil-status acts set.
 */
final class CertificateContent {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.load();

    private CertificateContent() {
    }

    static DocumentContent build(CertificateFacts f, String language) {
        CertificateTexts t = CertificateTexts.of(language);
        CertificateType type = f.type();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(t.text("intro", t.date(f.asOf()))));
        blocks.add(new Block.Heading(t.text("heading.person")));
        List<Block.Fact> person = new ArrayList<>(identity(f.holder(), t));
        if (type == CertificateType.REGISTER_EXTRACT) {
            person.add(new Block.Fact(t.text("label.register"), f.register() == null ? t.text("unknown")
                    : t.text("register." + f.register().name())));
        }
        if (type == CertificateType.MAIN_RESIDENCE && f.options().civilStatus()) {
            person.add(new Block.Fact(t.text("label.civilStatus"), civilStatus(f.civilStatus(), t)));
        }
        blocks.add(new Block.Facts(person));
        if (type != CertificateType.PROOF_OF_LIFE && type != CertificateType.NATIONALITY) {
            blocks.add(new Block.Heading(t.text("heading.address")));
            List<Block.Fact> where = new ArrayList<>(List.of(
                    new Block.Fact(t.text("label.address"), address(f.address(), language, t)),
                    new Block.Fact(t.text("label.since"), t.date(f.residentSince()))));
            if (f.referenceAddress() != null) {
                where.add(new Block.Fact(t.text("label.referenceAddress"),
                        t.text("referenceAddress." + f.referenceAddress().name())));
            }
            blocks.add(new Block.Facts(where));
        }
        switch (type) {
            case REGISTER_EXTRACT, MAIN_RESIDENCE, NATIONALITY ->
                    blocks.add(new Block.Paragraph(name(f.holder()) + " " + t.text("text." + type.name())));
            case PROOF_OF_LIFE -> blocks.add(new Block.Paragraph(t.text("text.PROOF_OF_LIFE")));
            case HOUSEHOLD_COMPOSITION -> {
                blocks.add(new Block.Heading(t.text("heading.household")));
                blocks.add(new Block.Paragraph(t.text("text.HOUSEHOLD_COMPOSITION")
                        + (f.collectiveDwelling() ? "\n" + t.text("text.HOUSEHOLD_COLLECTIVE") : "")));
                blocks.add(new Block.Table(List.of(t.text("col.name"), t.text("col.birthDate"),
                        t.text("col.nationalNumber"), t.text("col.position")),
                        f.members().stream().map(m -> List.of(name(m.person()), birthDate(m.person().birthDate(), t),
                                nationalNumber(m.person().nationalNumber(), t),
                                m.position() == null ? "" : t.text("position." + m.position().name()))).toList()));
            }
        }
        if (type == CertificateType.MAIN_RESIDENCE && f.options().addressHistory()) {
            List<ResidencePeriod> earlier = f.history().stream().filter(p -> p.validTo() != null).toList();
            blocks.add(new Block.Heading(t.text("heading.history")));
            if (earlier.isEmpty()) {
                blocks.add(new Block.Paragraph(t.text("none")));
            } else {
                blocks.add(new Block.Table(List.of(t.text("col.address"), t.text("col.from"), t.text("col.to")),
                        earlier.stream().map(p -> List.of(address(p.address(), language, t), t.date(p.validFrom()),
                                t.date(p.validTo().minusDays(1)))).toList()));
            }
        }
        return new DocumentContent(t.text("title." + type.name()), name(f.holder()), blocks);
    }

    /** The certificate's title in the language, for the public verification's core facts. */
    static String title(CertificateType type, String language) {
        return CertificateTexts.of(language).text("title." + type.name());
    }

    static String name(PersonView p) {
        return (nz(p.familyName()) + " " + nz(p.givenNames())).strip();
    }

    /** {@code YY.MM.DD-SSS.CC}, or "unknown" when the person has no (valid) number. */
    static String nationalNumber(String digits, CertificateTexts t) {
        if (digits == null || !NationalNumber.isValid(digits)) {
            return t.text("unknown");
        }
        return NationalNumber.parse(digits).format();
    }

    private static List<Block.Fact> identity(PersonView p, CertificateTexts t) {
        List<Block.Fact> rows = new ArrayList<>();
        rows.add(new Block.Fact(t.text("label.name"), name(p)));
        rows.add(new Block.Fact(t.text("label.birth"), t.text("birth.at", birthDate(p.birthDate(), t), birthPlace(p, t))));
        rows.add(new Block.Fact(t.text("label.nationalNumber"), nationalNumber(p.nationalNumber(), t)));
        rows.add(new Block.Fact(t.text("label.nationality"), nationalities(p.nationalities(), t)));
        return rows;
    }

    /** "gehuwd met Janssens, Bart sinds 3 mei 2020"; "not recorded" when the kernel has no civil status that day. */
    static String civilStatus(CivilStatusView v, CertificateTexts t) {
        if (v == null || v.status() == null) {
            return t.text("civilStatus.notRecorded");
        }
        StringBuilder sb = new StringBuilder(t.text("civilStatus." + v.status().name()));
        if (v.partnerName() != null && !v.partnerName().isBlank() && v.status() != CivilStatus.SINGLE) {
            sb.append(' ').append(t.text("civilStatus.partner." + v.status().name(), v.partnerName().strip()));
        }
        if (v.validFrom() != null) {
            sb.append(' ').append(t.text("civilStatus.since", t.date(v.validFrom())));
        }
        return sb.toString();
    }

    private static String birthDate(String partial, CertificateTexts t) {
        if (partial == null || partial.isBlank()) {
            return t.text("unknown");
        }
        if (partial.contains("-00")) {
            return partial.replace("-00", "").strip();
        }
        try {
            return t.date(LocalDate.parse(partial));
        } catch (DateTimeParseException e) {
            return partial;
        }
    }

    private static String birthPlace(PersonView p, CertificateTexts t) {
        if (p.birthPlaceNis() != null && !p.birthPlaceNis().isBlank()) {
            return CATALOG.municipalityByNis(p.birthPlaceNis()).map(m -> m.name(t.locale())).orElse(p.birthPlaceNis());
        }
        String foreign = p.birthPlaceForeign() == null ? "" : p.birthPlaceForeign().strip();
        String country = p.birthCountry() == null ? "" : CATALOG.countryByIso2(p.birthCountry())
                .map(c -> c.name(t.locale())).orElse(p.birthCountry());
        String place = foreign.isEmpty() ? country : country.isEmpty() ? foreign : foreign + " (" + country + ")";
        return place.isEmpty() ? t.text("unknown") : place;
    }

    private static String nationalities(List<String> codes, CertificateTexts t) {
        if (codes == null || codes.isEmpty()) {
            return t.text("unknown");
        }
        return codes.stream().map(c -> CATALOG.countryByIso2(c).map(x -> x.name(t.locale())).orElse(c))
                .collect(Collectors.joining(", "));
    }

    private static String address(Address a, String language, CertificateTexts t) {
        if (a == null) {
            return t.text("unknown");
        }
        String street = "fr".equals(language) && a.streetNameFr() != null && !a.streetNameFr().isBlank()
                ? a.streetNameFr() : a.streetNameNl();
        String box = a.box() == null || a.box().isEmpty() ? "" : switch (language) {
            case "fr" -> " bte " + a.box();
            case "de" -> " Bf. " + a.box();
            case "en" -> " box " + a.box();
            default -> " bus " + a.box();
        };
        String municipality = CATALOG.municipalityByNis(a.nis()).map(m -> m.name(t.locale())).orElse("");
        return (street + " " + a.houseNumber() + box + ", " + a.postcode() + " " + municipality).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
