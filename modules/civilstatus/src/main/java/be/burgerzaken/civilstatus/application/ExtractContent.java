package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.HistoryEntry;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.reference.Country;
import be.burgerzaken.kernel.api.reference.Municipality;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the body of an extract or copy in the document's language from an act's data; no access, no logging.
 * Each act type has its own layout (birth: child, date, hour and place, sex, parents; marriage: spouses, date,
 * place, regime, witnesses; death: the deceased, date, hour and place, spouse; every other type its own fields).
 * An extract shows the current data (amendments applied); a copy the original data and the history of the
 * amendments; the multilingual kind adds the EU standard form (Regulation 2016/1191) as an annex: the labels of
 * the four languages side by side, the values written language-neutrally (dates dd.MM.yyyy, codes).
 */
final class ExtractContent {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.load();
    /** The act types with a multilingual standard form (EU Regulation 2016/1191; CIEC Convention 34). */
    static final Set<ActType> MULTILINGUAL_TYPES = Set.of(ActType.BIRTH, ActType.MARRIAGE, ActType.DEATH);
    private static final DateTimeFormatter NEUTRAL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * What the document is made of.
     *
     * @param original   the act's content as registered
     * @param current    the content with the registered amendments applied
     * @param amendments the registered amended acts, in order of registration (the original not included)
     */
    record Facts(ExtractKind kind, ActType type, String number, LocalDate drawnUpOn, String drawnUpAt, String officer,
                 LegalBasis basis, ActContent original, ActContent current, List<HistoryEntry> amendments) {
        Facts {
            amendments = amendments == null ? List.of() : List.copyOf(amendments);
        }
    }

    private ExtractContent() {
    }

    static String title(ExtractKind kind, String language) {
        return ExtractTexts.of(language).text("title." + kind.name());
    }

    static DocumentContent build(Facts f, String language) {
        ExtractTexts t = ExtractTexts.of(language);
        List<Block> blocks = new ArrayList<>();
        boolean copy = f.kind() == ExtractKind.COPY;
        blocks.add(new Block.Paragraph(t.text(copy ? "intro.COPY" : "intro.EXTRACT")
                + (!copy && !f.amendments().isEmpty() ? "\n" + t.text("intro.amended") : "")));
        blocks.add(new Block.Heading(t.text("heading.act")));
        List<Block.Fact> act = new ArrayList<>(List.of(
                new Block.Fact(t.text("label.number"), nz(f.number(), t)),
                new Block.Fact(t.text("label.drawnUpOn"), t.date(f.drawnUpOn())),
                new Block.Fact(t.text("label.drawnUpAt"), municipality(f.drawnUpAt(), t)),
                new Block.Fact(t.text("label.officer"), nz(f.officer(), t))));
        if (f.basis() != null) {
            act.add(new Block.Fact(t.text("label.legalBasis"), basis(f.basis(), t)));
        }
        blocks.add(new Block.Facts(act));
        if (copy) {
            blocks.add(new Block.Heading(t.text("heading.original")));
            blocks.addAll(body(f.original(), t));
            blocks.add(new Block.Heading(t.text("heading.history")));
            if (f.amendments().isEmpty()) {
                blocks.add(new Block.Paragraph(t.text("history.none")));
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(nz(f.number(), t), t.date(f.drawnUpOn()), f.basis() == null ? t.text("empty")
                    : basis(f.basis(), t), t.text("history.original"), ""));
            for (HistoryEntry h : f.amendments()) {
                rows.add(List.of(nz(h.number(), t), t.date(h.drawnUpOn()), h.legalBasis() == null ? t.text("empty")
                        : basis(h.legalBasis(), t), nz(h.reason(), t), changes(h.changes(), t)));
            }
            blocks.add(new Block.Table(List.of(t.text("col.number"), t.text("col.registeredOn"), t.text("col.basis"),
                    t.text("col.reason"), t.text("col.changes")), rows));
        } else {
            blocks.addAll(body(f.current(), t));
        }
        if (f.kind() == ExtractKind.MULTILINGUAL) {
            blocks.addAll(multilingual(f, t));
        }
        blocks.add(new Block.Paragraph(t.text("closing." + f.kind().name())));
        return new DocumentContent(t.text("title." + f.kind().name()),
                t.text("subtitle", t.text("type." + f.type().name()), nz(f.number(), t)), blocks);
    }

    // --- the body per act type ------------------------------------------------------------------------------

    static List<Block> body(ActContent content, ExtractTexts t) {
        List<Block> b = new ArrayList<>();
        if (content instanceof BirthContent c) {
            b.add(new Block.Heading(t.text("heading.child")));
            b.add(facts(t, "label.familyName", c.childFamilyName(), "label.givenNames", c.childGivenNames(),
                    "label.sex", sex(c.sex(), t), "label.birthDate", t.date(c.birthDate()),
                    "label.birthTime", time(c.birthTime(), t), "label.birthPlace", place(c.birthPlace(), t)));
            for (Parent p : list(c.parents())) {
                b.add(new Block.Heading(t.text("heading." + (p.role() == null ? ParentRole.MOTHER : p.role()).name())));
                b.add(person(p.person(), t));
            }
            List<Block.Fact> more = new ArrayList<>();
            if (c.nameChoice() != null && c.nameChoice().choice() != null) {
                more.add(new Block.Fact(t.text("label.nameChoice"), code("nameChoice.", c.nameChoice().choice(), t)
                        + (c.nameChoice().declaredOn() == null ? "" : " (" + t.date(c.nameChoice().declaredOn()) + ")")));
            }
            if (c.recognitionActNumber() != null) {
                more.add(new Block.Fact(t.text("label.recognitionActNumber"), c.recognitionActNumber()));
            }
            if (!more.isEmpty()) {
                b.add(new Block.Facts(more));
            }
        } else if (content instanceof MarriageContent c) {
            spouses(c.spouses(), b, t);
            b.add(new Block.Heading(t.text("heading.marriage")));
            List<Block.Fact> m = new ArrayList<>(List.of(
                    new Block.Fact(t.text("label.marriageDate"), t.date(c.marriageDate())),
                    new Block.Fact(t.text("label.marriagePlace"), place(c.marriagePlace(), t)),
                    new Block.Fact(t.text("label.matrimonialRegime"), code("regime.", c.matrimonialRegime() == null
                            ? null : c.matrimonialRegime().name(), t))));
            if (c.marriageContractReference() != null) {
                m.add(new Block.Fact(t.text("label.marriageContractReference"), c.marriageContractReference()));
            }
            if (c.declarationActNumber() != null) {
                m.add(new Block.Fact(t.text("label.declarationActNumber"), c.declarationActNumber()));
            }
            b.add(new Block.Facts(m));
            if (!list(c.witnesses()).isEmpty()) {
                b.add(new Block.Heading(t.text("heading.witnesses")));
                b.add(new Block.Facts(list(c.witnesses()).stream().map(w -> new Block.Fact(name(w),
                        birth(w, t))).toList()));
            }
        } else if (content instanceof DeathContent c) {
            b.add(new Block.Heading(t.text("heading.deceased")));
            b.add(person(c.deceased(), t));
            b.add(new Block.Heading(t.text("heading.death")));
            b.add(facts(t, "label.deathDate", t.date(c.deathDate()), "label.deathTime", time(c.deathTime(), t),
                    "label.deathPlace", place(c.deathPlace(), t)));
            if (c.spouse() != null) {
                b.add(new Block.Heading(t.text("heading.survivingSpouse")));
                b.add(person(c.spouse(), t));
            }
        } else if (content instanceof MarriageDeclarationContent c) {
            spouses(c.spouses(), b, t);
            b.add(new Block.Heading(t.text("heading.declaration")));
            b.add(facts(t, "label.intendedMarriageDate", t.date(c.intendedMarriageDate())));
        } else if (content instanceof DivorceContent c) {
            spouses(c.spouses(), b, t);
            b.add(new Block.Heading(t.text("heading.divorce")));
            b.add(facts(t, "label.marriageActNumber", nz(c.marriageActNumber(), t),
                    "label.marriageDate", t.date(c.marriageDate()), "label.ground", code("ground.", c.ground(), t),
                    "label.judgmentDate", t.date(c.judgmentDate()), "label.finalOn", t.date(c.finalOn())));
        } else if (content instanceof RecognitionContent c) {
            b.add(new Block.Heading(t.text("heading.child")));
            b.add(person(c.child(), t));
            b.add(new Block.Heading(t.text("heading.recognisingParent")));
            b.add(person(c.recognisingParent(), t));
            if (c.mother() != null) {
                b.add(new Block.Heading(t.text("heading.mother")));
                b.add(person(c.mother(), t));
            }
            b.add(new Block.Heading(t.text("heading.recognition")));
            b.add(facts(t, "label.recognisingRole", role(c.recognisingRole(), t),
                    "label.birthActNumber", nz(c.birthActNumber(), t),
                    "label.motherConsent", yesNo(c.motherConsent(), t), "label.childConsent", yesNo(c.childConsent(), t)));
        } else if (content instanceof PrenatalRecognitionContent c) {
            b.add(new Block.Heading(t.text("heading.mother")));
            b.add(person(c.mother(), t));
            b.add(new Block.Heading(t.text("heading.recognisingParent")));
            b.add(person(c.recognisingParent(), t));
            b.add(new Block.Heading(t.text("heading.recognition")));
            b.add(facts(t, "label.recognisingRole", role(c.recognisingRole(), t),
                    "label.expectedBirthDate", t.date(c.expectedBirthDate()),
                    "label.motherConsent", yesNo(c.motherConsent(), t)));
        } else if (content instanceof NameChangeContent c) {
            b.add(new Block.Heading(t.text("heading.person")));
            b.add(person(c.person(), t));
            b.add(new Block.Heading(t.text("heading.nameChange")));
            b.add(facts(t, "label.previousFamilyName", nz(c.previousFamilyName(), t),
                    "label.previousGivenNames", nz(c.previousGivenNames(), t),
                    "label.newFamilyName", nz(c.newFamilyName(), t), "label.newGivenNames", nz(c.newGivenNames(), t),
                    "label.effectiveDate", t.date(c.effectiveDate())));
        } else if (content instanceof SexRegistrationChangeContent c) {
            b.add(new Block.Heading(t.text("heading.person")));
            b.add(person(c.person(), t));
            b.add(new Block.Heading(t.text("heading.sexChange")));
            b.add(facts(t, "label.previousSex", sex(c.previousSex(), t), "label.newSex", sex(c.newSex(), t),
                    "label.declarationDate", t.date(c.declarationDate()),
                    "label.newGivenNames", nz(c.newGivenNames(), t)));
        } else if (content instanceof NationalityAcquisitionContent c) {
            nationality(c.person(), c.nationality(), c.legalGround(), c.declarationDate(), c.effectiveDate(), b, t);
        } else if (content instanceof NationalityLossContent c) {
            nationality(c.person(), c.nationality(), c.legalGround(), c.declarationDate(), c.effectiveDate(), b, t);
        } else if (content instanceof AdoptionContent c) {
            b.add(new Block.Heading(t.text("heading.adoptee")));
            b.add(person(c.adoptee(), t));
            int i = 1;
            for (PersonDetails a : list(c.adopters())) {
                b.add(new Block.Heading(t.text("heading.adopter", i++)));
                b.add(person(a, t));
            }
            b.add(new Block.Heading(t.text("heading.adoption")));
            b.add(facts(t, "label.kind", code("adoption.", c.kind(), t), "label.judgmentDate", t.date(c.judgmentDate()),
                    "label.court", nz(c.court(), t), "label.adopteeNewFamilyName", nz(c.adopteeNewFamilyName(), t)));
        } else if (content instanceof ForeignActContent c) {
            b.add(new Block.Heading(t.text("heading.persons")));
            for (PersonDetails p : list(c.persons())) {
                b.add(person(p, t));
            }
            b.add(new Block.Heading(t.text("heading.foreignAct")));
            b.add(facts(t, "label.equivalentType", c.equivalentType() == null ? t.text("empty")
                            : t.text("type." + c.equivalentType().name()), "label.country", country(c.country(), t),
                    "label.issuingAuthority", nz(c.issuingAuthority(), t),
                    "label.foreignActDate", t.date(c.foreignActDate()),
                    "label.foreignReference", nz(c.foreignReference(), t), "label.summary", nz(c.summary(), t)));
        } else if (content instanceof AmendedContent c) {
            b.addAll(body(c.corrected(), t));
        }
        return b;
    }

    private static void spouses(List<PersonDetails> spouses, List<Block> b, ExtractTexts t) {
        int i = 1;
        for (PersonDetails s : list(spouses)) {
            b.add(new Block.Heading(t.text("heading.spouse", i++)));
            b.add(person(s, t));
        }
    }

    private static void nationality(PersonDetails person, String nationality, String ground, LocalDate declared,
                                    LocalDate effective, List<Block> b, ExtractTexts t) {
        b.add(new Block.Heading(t.text("heading.person")));
        b.add(person(person, t));
        b.add(new Block.Heading(t.text("heading.nationality")));
        b.add(facts(t, "label.nationality", country(nationality, t), "label.legalGround", nz(ground, t),
                "label.declarationDate", t.date(declared), "label.effectiveDate", t.date(effective)));
    }

    private static Block.Facts person(PersonDetails p, ExtractTexts t) {
        if (p == null) {
            return facts(t, "label.familyName", t.text("empty"));
        }
        List<Block.Fact> rows = new ArrayList<>(List.of(
                new Block.Fact(t.text("label.familyName"), nz(p.familyName(), t)),
                new Block.Fact(t.text("label.givenNames"), nz(p.givenNames(), t))));
        if (p.sex() != null) {
            rows.add(new Block.Fact(t.text("label.sex"), sex(p.sex(), t)));
        }
        rows.add(new Block.Fact(t.text("label.birthDate"), partialDate(p.birthDate(), t)));
        rows.add(new Block.Fact(t.text("label.birthPlace"), place(p.birthPlace(), t)));
        if (p.nationality() != null) {
            rows.add(new Block.Fact(t.text("label.nationality"), country(p.nationality(), t)));
        }
        return new Block.Facts(rows);
    }

    // --- the multilingual standard form -----------------------------------------------------------------------

    private static List<Block> multilingual(Facts f, ExtractTexts t) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(t.text("ml.heading")));
        b.add(new Block.Paragraph(t.text("ml.note")));
        List<ExtractTexts> all = DocumentRequest.LANGUAGES.stream().map(ExtractTexts::of).toList();
        List<String> headers = new ArrayList<>(all.stream().map(x -> x.text("ml.language")).toList());
        headers.add(all.stream().map(x -> x.text("ml.value")).distinct().collect(Collectors.joining(" / ")));
        List<List<String>> rows = new ArrayList<>();
        Row row = (key, value, args) -> {
            List<String> r = new ArrayList<>(all.stream().map(x -> x.text(key, args)).toList());
            r.add(value == null || value.isBlank() ? "\u2014" : value);
            rows.add(r);
        };
        row.add("ml.actNumber", f.number());
        row.add("ml.drawnUpOn", neutral(f.drawnUpOn()));
        row.add("ml.authority", CATALOG.municipalityByNis(f.drawnUpAt()).map(m -> String.join(" / ", m.names()))
                .orElse(f.drawnUpAt()));
        ActContent c = f.current() instanceof AmendedContent a ? a.corrected() : f.current();
        if (c instanceof BirthContent birth) {
            row.add("ml.familyName", birth.childFamilyName());
            row.add("ml.givenNames", birth.childGivenNames());
            row.add("ml.sex", birth.sex());
            row.add("ml.birthDate", neutral(birth.birthDate()));
            row.add("ml.birthTime", birth.birthTime() == null ? null : birth.birthTime().toString());
            row.add("ml.birthPlace", neutralPlace(birth.birthPlace()));
            for (Parent p : list(birth.parents())) {
                String key = p.role() == ParentRole.FATHER ? "ml.fatherName" : p.role() == ParentRole.CO_MOTHER
                        ? "ml.coMotherName" : "ml.motherName";
                row.add(key, p.person() == null ? null : name(p.person()));
            }
        } else if (c instanceof MarriageContent m) {
            row.add("ml.marriageDate", neutral(m.marriageDate()));
            row.add("ml.marriagePlace", neutralPlace(m.marriagePlace()));
            int i = 1;
            for (PersonDetails s : list(m.spouses())) {
                row.add("ml.spouseFamilyName", s.familyName(), i);
                row.add("ml.spouseGivenNames", s.givenNames(), i);
                row.add("ml.spouseBirthDate", neutralPartial(s.birthDate()), i);
                row.add("ml.spouseBirthPlace", neutralPlace(s.birthPlace()), i);
                i++;
            }
        } else if (c instanceof DeathContent d) {
            PersonDetails p = d.deceased();
            row.add("ml.familyName", p == null ? null : p.familyName());
            row.add("ml.givenNames", p == null ? null : p.givenNames());
            row.add("ml.birthDate", p == null ? null : neutralPartial(p.birthDate()));
            row.add("ml.birthPlace", p == null ? null : neutralPlace(p.birthPlace()));
            row.add("ml.deathDate", neutral(d.deathDate()));
            row.add("ml.deathPlace", neutralPlace(d.deathPlace()));
        }
        b.add(new Block.Table(headers, rows));
        return b;
    }

    @FunctionalInterface
    private interface Row {
        void add(String key, String value, Object... args);
    }

    // --- names of what the document is about ----------------------------------------------------------------

    /** The name(s) of the persons the act is about, for the core facts and the register line. */
    static String principalName(ActContent content) {
        if (content instanceof BirthContent c) {
            return join(c.childFamilyName(), c.childGivenNames());
        } else if (content instanceof MarriageContent c) {
            return names(c.spouses());
        } else if (content instanceof MarriageDeclarationContent c) {
            return names(c.spouses());
        } else if (content instanceof DivorceContent c) {
            return names(c.spouses());
        } else if (content instanceof DeathContent c) {
            return name(c.deceased());
        } else if (content instanceof RecognitionContent c) {
            return name(c.child());
        } else if (content instanceof PrenatalRecognitionContent c) {
            return name(c.mother());
        } else if (content instanceof NameChangeContent c) {
            return name(c.person());
        } else if (content instanceof SexRegistrationChangeContent c) {
            return name(c.person());
        } else if (content instanceof NationalityAcquisitionContent c) {
            return name(c.person());
        } else if (content instanceof NationalityLossContent c) {
            return name(c.person());
        } else if (content instanceof AdoptionContent c) {
            return name(c.adoptee());
        } else if (content instanceof ForeignActContent c) {
            return names(c.persons());
        } else if (content instanceof AmendedContent c) {
            return principalName(c.corrected());
        }
        return "";
    }

    /** The first kernel person the act is about, for the kernel's document register (may be null). */
    static UUID principalPerson(ActContent content) {
        if (content instanceof BirthContent c) {
            return c.childPersonId();
        } else if (content instanceof MarriageContent c) {
            return first(c.spouses());
        } else if (content instanceof MarriageDeclarationContent c) {
            return first(c.spouses());
        } else if (content instanceof DivorceContent c) {
            return first(c.spouses());
        } else if (content instanceof DeathContent c) {
            return id(c.deceased());
        } else if (content instanceof RecognitionContent c) {
            return id(c.child()) != null ? id(c.child()) : id(c.recognisingParent());
        } else if (content instanceof PrenatalRecognitionContent c) {
            return id(c.mother());
        } else if (content instanceof NameChangeContent c) {
            return id(c.person());
        } else if (content instanceof SexRegistrationChangeContent c) {
            return id(c.person());
        } else if (content instanceof NationalityAcquisitionContent c) {
            return id(c.person());
        } else if (content instanceof NationalityLossContent c) {
            return id(c.person());
        } else if (content instanceof AdoptionContent c) {
            return id(c.adoptee());
        } else if (content instanceof ForeignActContent c) {
            return first(c.persons());
        } else if (content instanceof AmendedContent c) {
            return principalPerson(c.corrected());
        }
        return null;
    }

    private static UUID first(List<PersonDetails> persons) {
        return list(persons).stream().map(PersonDetails::personId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static UUID id(PersonDetails p) {
        return p == null ? null : p.personId();
    }

    static String name(PersonDetails p) {
        return p == null ? "" : join(p.familyName(), p.givenNames());
    }

    private static String names(List<PersonDetails> persons) {
        return list(persons).stream().map(ExtractContent::name).collect(Collectors.joining(" & "));
    }

    private static String join(String family, String given) {
        return ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
    }

    // --- values ---------------------------------------------------------------------------------------------

    private static Block.Facts facts(ExtractTexts t, String... keysAndValues) {
        List<Block.Fact> rows = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            rows.add(new Block.Fact(t.text(keysAndValues[i]), keysAndValues[i + 1]));
        }
        return new Block.Facts(rows);
    }

    private static String changes(List<FieldChange> changes, ExtractTexts t) {
        return list(changes).stream().map(c -> t.text("change", field(c.field(), t), nz(c.before(), t),
                nz(c.after(), t))).collect(Collectors.joining("\n"));
    }

    /** A field path of the content in words where a label exists ({@code childGivenNames}), else the path itself. */
    static String field(String path, ExtractTexts t) {
        if (path == null) {
            return "";
        }
        String last = path.replaceAll(".*\\.", "").replaceAll("\\[\\d+]", "");
        return t.optional("label." + last).map(label -> path.contains(".") ? label + " (" + path + ")" : label)
                .orElse(path);
    }

    private static String basis(LegalBasis b, ExtractTexts t) {
        List<String> parts = new ArrayList<>();
        if (b.kind() != null) {
            parts.add(t.text("basis." + b.kind().name()));
        }
        if (b.reference() != null) {
            parts.add(b.reference());
        }
        if (b.issuedBy() != null) {
            parts.add(b.issuedBy());
        }
        String s = String.join(", ", parts);
        return b.effectiveDate() == null ? s : s + " (" + t.date(b.effectiveDate()) + ")";
    }

    private static String sex(String code, ExtractTexts t) {
        return code("sex.", code, t);
    }

    private static String role(ParentRole role, ExtractTexts t) {
        return role == null ? t.text("empty") : t.text("role." + role.name());
    }

    private static String code(String prefix, String code, ExtractTexts t) {
        if (code == null || code.isBlank()) {
            return t.text("empty");
        }
        return t.optional(prefix + code.strip()).orElse(code);
    }

    private static String yesNo(Boolean b, ExtractTexts t) {
        return b == null ? t.text("empty") : t.text(b ? "yes" : "no");
    }

    private static String time(LocalTime time, ExtractTexts t) {
        return time == null ? t.text("empty") : time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String birth(PersonDetails p, ExtractTexts t) {
        return partialDate(p.birthDate(), t) + ", " + place(p.birthPlace(), t);
    }

    /** YYYY-MM-DD with 00 for unknown parts: the known parts in words. */
    static String partialDate(String value, ExtractTexts t) {
        if (value == null || value.isBlank()) {
            return t.text("empty");
        }
        if (value.matches("\\d{4}-00-00")) {
            return value.substring(0, 4);
        }
        if (value.matches("\\d{4}-\\d{2}-00")) {
            LocalDate d = LocalDate.parse(value.substring(0, 8) + "01");
            return DateTimeFormatter.ofPattern("LLLL yyyy", t.locale()).format(d);
        }
        try {
            return t.date(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    static String place(Place p, ExtractTexts t) {
        if (p == null) {
            return t.text("empty");
        }
        if (p.municipalityNis() != null) {
            return municipality(p.municipalityNis(), t);
        }
        return t.text("place.abroad", nz(p.foreignPlace(), t), country(p.country(), t));
    }

    private static String municipality(String nis, ExtractTexts t) {
        if (nis == null) {
            return t.text("empty");
        }
        return CATALOG.municipalityByNis(nis).map((Function<Municipality, String>) m -> m.name(t.locale())).orElse(nis);
    }

    static String country(String iso2, ExtractTexts t) {
        if (iso2 == null || iso2.isBlank()) {
            return t.text("empty");
        }
        Country c = CATALOG.countryByIso2(iso2.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (c == null) {
            return iso2;
        }
        return switch (t.language()) {
            case "nl" -> c.nameNl();
            case "fr" -> c.nameFr();
            case "de" -> new Locale("", c.iso2()).getDisplayCountry(Locale.GERMAN);
            default -> c.nameEn();
        };
    }

    private static String neutral(LocalDate d) {
        return d == null ? null : NEUTRAL_DATE.format(d);
    }

    private static String neutralPartial(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        return value.substring(8, 10) + "." + value.substring(5, 7) + "." + value.substring(0, 4);
    }

    /** A place written the same in every language: the municipality's official names, or the place and country code. */
    private static String neutralPlace(Place p) {
        if (p == null) {
            return null;
        }
        if (p.municipalityNis() != null) {
            return CATALOG.municipalityByNis(p.municipalityNis()).map(m -> String.join(" / ", m.names()))
                    .orElse(p.municipalityNis());
        }
        return (p.foreignPlace() == null ? "" : p.foreignPlace()) + (p.country() == null ? "" : " (" + p.country() + ")");
    }

    private static String nz(String s, ExtractTexts t) {
        return s == null || s.isBlank() ? t.text("empty") : s;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }
}
