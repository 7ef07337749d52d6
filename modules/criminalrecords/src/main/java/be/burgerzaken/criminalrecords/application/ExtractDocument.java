package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.ExtractLine;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.domain.ExtractRequestRow;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.person.PersonView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The extract as a kernel document in its language: identity, model (and sub-type), the stated purpose, then the
 * convictions that appear or, for a blank extract, a line that says so in capitals; the 596.2 notice on bans on
 * contact with minors; the EU multilingual standard form when asked.
 */
final class ExtractDocument {
    static final String TYPE_PREFIX = "criminalrecords.extract-";

    private ExtractDocument() {
    }

    static String type(ExtractModel m) {
        return TYPE_PREFIX + m.code();
    }

    static DocumentRequest request(ExtractRequestRow r, PersonView p, List<ExtractLine> shown, String ruleSet,
                                   LocalDate today) {
        ExtractTexts t = ExtractTexts.of(r.language());
        String title = t.text("title", r.model().code());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Facts.of(
                t.text("person"), ExtractService.name(p),
                t.text("nationalNumber"), p.nationalNumber(),
                t.text("birthDate"), p.birthDate() == null ? "" : p.birthDate(),
                t.text("model"), r.model().code() + (r.subType() == null ? "" : " - " + t.text("subType." + r.subType())),
                t.text("purpose"), r.statedPurpose(),
                t.text("requester"), r.representativeName() == null ? t.text("requester.SELF")
                        : t.text("requester." + r.requesterKind().name()) + ": " + r.representativeName(),
                t.text("delivery"), t.text("delivery." + r.delivery().name())));
        blocks.add(new Block.Heading(t.text("convictions")));
        if (shown.isEmpty()) {
            blocks.add(new Block.Paragraph(t.text("blank")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ExtractLine l : shown) {
                rows.add(List.of(l.court(), l.decisionDate().toString(), l.finalDate().toString(),
                        t.text("category." + l.category().name()), penalties(l, t)));
            }
            blocks.add(new Block.Table(List.of(t.text("col.court"), t.text("col.decision"), t.text("col.final"),
                    t.text("col.category"), t.text("col.penalties")), rows));
        }
        if (r.model() == ExtractModel.M596_2) {
            blocks.add(new Block.Paragraph(t.text("minors.notice")));
        }
        blocks.add(new Block.Paragraph(t.text("legal." + r.model().name(), ruleSet)));
        if (r.euTranslationForm()) {
            ExtractTexts en = ExtractTexts.of("en");
            blocks.add(new Block.Heading(en.text("eu.title")));
            blocks.add(Block.Facts.of(en.text("person"), ExtractService.name(p), en.text("nationalNumber"),
                    p.nationalNumber(), en.text("model"), r.model().code(), en.text("convictions"),
                    shown.isEmpty() ? en.text("blank") : String.valueOf(shown.size())));
            blocks.add(new Block.Paragraph(en.text("eu.notice")));
        }
        Map<String, String> core = new LinkedHashMap<>();
        core.put("document", title);
        core.put("person", ExtractService.name(p));
        core.put("issued", today.toString());
        return new DocumentRequest(type(r.model()), r.language(), r.personId(), r.representativeName() == null
                ? ExtractService.name(p) : r.representativeName() + " (" + r.requesterKind().name().toLowerCase(Locale.ROOT)
                + ")", core, new DocumentContent(title, shown.isEmpty() ? t.text("blank.subtitle") : null, blocks));
    }

    static String penalties(ExtractLine l, ExtractTexts t) {
        String s = l.penalties().stream().map(p -> penalty(p, t)).collect(Collectors.joining("; "));
        return l.minorsBan() ? s + " (" + t.text("minors.flag") + ")" : s;
    }

    static String penalty(Penalty p, ExtractTexts t) {
        StringBuilder b = new StringBuilder(t.text("penalty." + p.type().name()));
        switch (p.type()) {
            case PRISON -> b.append(' ').append(t.text("size.prison", nz(p.months()), nz(p.days())));
            case FINE -> b.append(" EUR ").append(p.amount().toPlainString());
            case WORK_PENALTY -> b.append(' ').append(t.text("size.hours", nz(p.hours())));
            case DISQUALIFICATION -> b.append(' ').append(t.text("subject." + p.subject().name()))
                    .append(p.months() == null ? "" : " " + t.text("size.months", p.months()));
            case PROBATION, FORFEITURE -> b.append(p.months() == null ? "" : " " + t.text("size.months", p.months()));
            default -> {
            }
        }
        if (p.suspended()) {
            b.append(' ').append(t.text("suspended"));
        }
        return b.toString();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
