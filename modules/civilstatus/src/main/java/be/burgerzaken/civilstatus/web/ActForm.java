package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.Amendment;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input of an act's form, typed as text and kept as typed: the act's place, legal basis and (for an amended
 * act) the reason, and its content, whose fields follow the act type's content record (a record component is a
 * field: text, date, hour, yes/no, a choice, a person, a list of persons, the parents, a place or a small record
 * such as the name-choice declaration). It turns the input into the facade's {@link ActDraft} or
 * {@link Amendment}, loads an act into it, and says which input shows a problem the facade names
 * ({@code content.parents[0].person.birthDate} -> {@code parents_0_birthDate}).
 *
 * <p>Input ids: a field's key with {@code .} as {@code _} ({@code nameChoice_choice}); a person slot
 * {@code <key>_<slot>} (or {@code <key>} for a single person) followed by {@code _pick}, {@code _familyName},
 * {@code _givenNames}, {@code _birthDate}, {@code _birthPlace_nis|_foreign|_country}, {@code _sex},
 * {@code _nationality}; a parent's role {@code parents_<slot>_role}; a place {@code <key>_nis|_foreign|_country}.
 */
public class ActForm implements Serializable {

    /** How a content field is typed in. */
    public enum Kind { TEXT, LONG_TEXT, DATE, TIME, BOOLEAN, CHOICE, PERSON, PERSONS, PARENTS, PLACE, RECORD }

    /**
     * One field of an act type's content.
     *
     * @param key     the record component's name (nested: {@code nameChoice.choice})
     * @param options the allowed codes of a choice
     * @param slots   how many persons a list offers
     * @param parts   the fields of a nested record
     */
    public record Field(String key, Kind kind, List<String> options, int slots, List<Field> parts)
            implements Serializable {
        /** The input's id (or the id prefix of a person, a place, a list). */
        public String id() {
            return key.replace('.', '_');
        }

        /** The slot keys of a list ({@code witnesses[0]}, ...) or the key of a single person. */
        public List<String> slotKeys() {
            if (kind == Kind.PERSON) {
                return List.of(key);
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                keys.add(key + "[" + i + "]");
            }
            return keys;
        }
    }

    /** The content types: each act type's record. */
    static final Map<ActType, Class<? extends ActContent>> CONTENT = new EnumMap<>(ActType.class);

    static {
        CONTENT.put(ActType.BIRTH, BirthContent.class);
        CONTENT.put(ActType.RECOGNITION_PRENATAL, PrenatalRecognitionContent.class);
        CONTENT.put(ActType.RECOGNITION, RecognitionContent.class);
        CONTENT.put(ActType.MARRIAGE_DECLARATION, MarriageDeclarationContent.class);
        CONTENT.put(ActType.MARRIAGE, MarriageContent.class);
        CONTENT.put(ActType.DIVORCE, DivorceContent.class);
        CONTENT.put(ActType.DEATH, DeathContent.class);
        CONTENT.put(ActType.NAME_CHANGE, NameChangeContent.class);
        CONTENT.put(ActType.SEX_REGISTRATION_CHANGE, SexRegistrationChangeContent.class);
        CONTENT.put(ActType.NATIONALITY_ACQUISITION, NationalityAcquisitionContent.class);
        CONTENT.put(ActType.NATIONALITY_LOSS, NationalityLossContent.class);
        CONTENT.put(ActType.ADOPTION, AdoptionContent.class);
        CONTENT.put(ActType.FOREIGN_ACT, ForeignActContent.class);
    }

    /** How many persons a list of the content offers. */
    static final Map<String, Integer> SLOTS = Map.of("spouses", 2, "witnesses", 4, "adopters", 2, "persons", 4,
            "parents", 2);
    static final List<String> SEX = List.of("M", "F", "U");
    static final List<String> BINARY_SEX = List.of("M", "F");
    /** The codes a text field of the content may take, by the field's name. */
    static final Map<String, List<String>> CODES = Map.of("sex", SEX, "previousSex", BINARY_SEX, "newSex", BINARY_SEX,
            "kind", AdoptionContent.KINDS, "ground", DivorceContent.GROUNDS, "choice", NameChoice.CHOICES);
    static final Set<String> LONG_TEXTS = Set.of("summary");
    /** The act types a foreign act may stand for (as the facade checks them). */
    static final List<String> FOREIGN_EQUIVALENTS = List.of("BIRTH", "MARRIAGE", "DIVORCE", "DEATH", "RECOGNITION",
            "ADOPTION", "NAME_CHANGE");
    /** The person inputs of a person slot, as the facade names the fields of a person. */
    static final List<String> PERSON_PARTS = List.of("pick", "familyName", "givenNames", "birthDate", "birthPlace_nis",
            "birthPlace_foreign", "birthPlace_country", "sex", "nationality");

    private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.(.*))?$");

    private final ActType type;
    private final List<Field> fields;
    private final HashMap<String, String> values = new HashMap<>();
    private final HashMap<String, PersonInput> persons = new HashMap<>();
    /** Of the last build: for each list, the slot each built element came from (empty slots are left out). */
    private final HashMap<String, ArrayList<Integer>> built = new HashMap<>();

    private ActForm(ActType type) {
        this.type = type;
        this.fields = describe(CONTENT.get(type), "");
        for (Field f : fields) {
            for (Field leaf : leaves(f)) {
                if (leaf.kind() == Kind.PERSON || leaf.kind() == Kind.PERSONS || leaf.kind() == Kind.PARENTS) {
                    leaf.slotKeys().forEach(k -> persons.put(k, new PersonInput()));
                }
            }
        }
    }

    /** An empty form for a new act of {@code type}, the places set to the city. */
    public static ActForm empty(ActType type, String city) {
        if (!CONTENT.containsKey(type)) {
            throw new IllegalArgumentException("no form for " + type);
        }
        ActForm form = new ActForm(type);
        form.values.put("drawnUpAt", city);
        switch (type) {
            case BIRTH -> {
                form.values.put("birthPlace.nis", city);
                form.values.put("parents[0].role", ParentRole.MOTHER.name());
            }
            case MARRIAGE -> form.values.put("marriagePlace.nis", city);
            case DEATH -> form.values.put("deathPlace.nis", city);
            default -> {
            }
        }
        return form;
    }

    /** The form of an act as it stands (an amended act: its corrected content, of the original's type). */
    public static ActForm of(ActView act) {
        ActContent content = act.content();
        ActForm form;
        if (content instanceof AmendedContent a) {
            form = new ActForm(a.originalType());
            form.values.put("reason", a.reason());
            form.load(a.corrected());
        } else {
            form = new ActForm(act.type());
            form.load(content);
        }
        form.values.put("drawnUpAt", act.drawnUpAt());
        form.loadBasis(act.legalBasis());
        return form;
    }

    /** The form of an amendment of a registered act: its content as it stands now, to correct. */
    public static ActForm amending(ActView original, String city) {
        ActForm form = new ActForm(original.type());
        form.load(original.currentContent() != null ? original.currentContent() : original.content());
        form.values.put("drawnUpAt", city);
        return form;
    }

    // --- to the facade -----------------------------------------------------------------------------------------

    /** The draft as typed; a value that cannot be read (a date, an id) is a problem on its field. */
    public ActDraft draft() {
        List<FieldProblem> problems = new ArrayList<>();
        ActContent content = content(problems);
        LegalBasis basis = basis(problems);
        throwIfAny(problems);
        return new ActDraft(trim(values.get("drawnUpAt")), basis, content);
    }

    /** The draft of an amended act: its reason and corrected content (linked to {@code originalActId}). */
    public ActDraft amendedDraft(UUID originalActId) {
        List<FieldProblem> problems = new ArrayList<>();
        ActContent corrected = content(problems);
        LegalBasis basis = basis(problems);
        throwIfAny(problems);
        return new ActDraft(trim(values.get("drawnUpAt")), basis,
                new AmendedContent(originalActId, null, type, trim(values.get("reason")), corrected, null));
    }

    /** A new amendment of a registered act. */
    public Amendment amendment() {
        List<FieldProblem> problems = new ArrayList<>();
        ActContent corrected = content(problems);
        LegalBasis basis = basis(problems);
        throwIfAny(problems);
        return new Amendment(trim(values.get("drawnUpAt")), basis, trim(values.get("reason")), corrected);
    }

    ActContent content(List<FieldProblem> problems) {
        built.clear();
        Class<? extends ActContent> cls = CONTENT.get(type);
        return (ActContent) construct(cls, fields, problems);
    }

    private Object construct(Class<?> cls, List<Field> parts, List<FieldProblem> problems) {
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(parts.get(i), components[i].getType(), problems);
        }
        try {
            return cls.getDeclaredConstructor(types).newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e);
        }
    }

    private Object value(Field f, Class<?> type, List<FieldProblem> problems) {
        String text = trim(values.get(f.key()));
        String field = "content." + f.key();
        switch (f.kind()) {
            case DATE -> {
                if (text == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(field, "invalid", "'" + text + "' is not a date (YYYY-MM-DD)"));
                    return null;
                }
            }
            case TIME -> {
                if (text == null) {
                    return null;
                }
                try {
                    return LocalTime.parse(text.length() == 4 ? "0" + text : text);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(field, "invalid", "'" + text + "' is not an hour (HH:MM)"));
                    return null;
                }
            }
            case BOOLEAN -> {
                return text == null ? null : Boolean.valueOf(text);
            }
            case PERSON -> {
                return persons.get(f.key()).toDetails();
            }
            case PERSONS, PARENTS -> {
                List<Object> list = new ArrayList<>();
                ArrayList<Integer> slots = new ArrayList<>();
                for (int i = 0; i < f.slots(); i++) {
                    PersonInput p = persons.get(f.key() + "[" + i + "]");
                    String role = trim(values.get(f.key() + "[" + i + "].role"));
                    if (f.kind() == Kind.PERSONS && !p.isEmpty()) {
                        list.add(p.toDetails());
                        slots.add(i);
                    } else if (f.kind() == Kind.PARENTS && !p.isEmpty()) {
                        list.add(new Parent(role == null ? null : ParentRole.valueOf(role), p.toDetails()));
                        slots.add(i);
                    }
                }
                built.put(f.key(), slots);
                return list;
            }
            case PLACE -> {
                return PersonInput.place(values.get(f.key() + ".nis"), values.get(f.key() + ".foreign"),
                        values.get(f.key() + ".country"));
            }
            case RECORD -> {
                boolean any = f.parts().stream().anyMatch(p -> trim(values.get(p.key())) != null);
                return any ? construct(type, f.parts(), problems) : null;
            }
            case CHOICE -> {
                if (text == null) {
                    return null;
                }
                if (type.isEnum()) {
                    return enumValue(type, text);
                }
                return text;
            }
            default -> {
                if (type == UUID.class) {
                    if (text == null) {
                        return null;
                    }
                    try {
                        return UUID.fromString(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(new FieldProblem(field, "invalid", "'" + text + "' is not a person id"));
                        return null;
                    }
                }
                return text;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class<Enum>) type, text);
    }

    private LegalBasis basis(List<FieldProblem> problems) {
        String kind = trim(values.get("legalBasis.kind"));
        String reference = trim(values.get("legalBasis.reference"));
        String date = trim(values.get("legalBasis.effectiveDate"));
        String issuedBy = trim(values.get("legalBasis.issuedBy"));
        if (kind == null && reference == null && date == null && issuedBy == null) {
            return null;
        }
        LocalDate effective = null;
        if (date != null) {
            try {
                effective = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("legalBasis.effectiveDate", "invalid", "'" + date
                        + "' is not a date (YYYY-MM-DD)"));
            }
        }
        return new LegalBasis(kind == null ? null : LegalBasisKind.valueOf(kind), reference, effective, issuedBy);
    }

    // --- from an act ------------------------------------------------------------------------------------------

    private void load(ActContent content) {
        if (content != null && content.actType() == type) {
            load(content, fields);
        }
    }

    private void load(Object record, List<Field> parts) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object v = read(components[i], record);
            Field f = parts.get(i);
            if (v == null) {
                continue;
            }
            switch (f.kind()) {
                case PERSON -> persons.put(f.key(), PersonInput.of((PersonDetails) v));
                case PERSONS -> {
                    List<?> list = (List<?>) v;
                    for (int k = 0; k < Math.min(list.size(), f.slots()); k++) {
                        persons.put(f.key() + "[" + k + "]", PersonInput.of((PersonDetails) list.get(k)));
                    }
                }
                case PARENTS -> {
                    List<?> list = (List<?>) v;
                    for (int k = 0; k < Math.min(list.size(), f.slots()); k++) {
                        Parent p = (Parent) list.get(k);
                        persons.put(f.key() + "[" + k + "]", PersonInput.of(p == null ? null : p.person()));
                        values.put(f.key() + "[" + k + "].role", p == null || p.role() == null ? null : p.role().name());
                    }
                }
                case PLACE -> {
                    Place p = (Place) v;
                    values.put(f.key() + ".nis", p.municipalityNis());
                    values.put(f.key() + ".foreign", p.foreignPlace());
                    values.put(f.key() + ".country", p.country());
                }
                case RECORD -> load(v, f.parts());
                case TIME -> values.put(f.key(), ((LocalTime) v).toString().substring(0, 5));
                case CHOICE -> values.put(f.key(), v instanceof Enum<?> e ? e.name() : v.toString());
                default -> values.put(f.key(), v.toString());
            }
        }
    }

    private void loadBasis(LegalBasis basis) {
        if (basis == null) {
            return;
        }
        values.put("legalBasis.kind", basis.kind() == null ? null : basis.kind().name());
        values.put("legalBasis.reference", basis.reference());
        values.put("legalBasis.effectiveDate", basis.effectiveDate() == null ? null : basis.effectiveDate().toString());
        values.put("legalBasis.issuedBy", basis.issuedBy());
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    // --- the fields of a content type --------------------------------------------------------------------------

    static List<Field> describe(Class<?> cls, String prefix) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : cls.getRecordComponents()) {
            String name = c.getName();
            String key = prefix + name;
            Class<?> t = c.getType();
            if (t == String.class) {
                List<String> codes = CODES.get(name);
                if (codes != null && (!name.equals("kind") || cls == AdoptionContent.class)) {
                    out.add(new Field(key, Kind.CHOICE, codes, 0, List.of()));
                } else {
                    out.add(new Field(key, LONG_TEXTS.contains(name) ? Kind.LONG_TEXT : Kind.TEXT, List.of(), 0, List.of()));
                }
            } else if (t == LocalDate.class) {
                out.add(new Field(key, Kind.DATE, List.of(), 0, List.of()));
            } else if (t == LocalTime.class) {
                out.add(new Field(key, Kind.TIME, List.of(), 0, List.of()));
            } else if (t == Boolean.class) {
                out.add(new Field(key, Kind.BOOLEAN, List.of("true", "false"), 0, List.of()));
            } else if (t == ActType.class) {
                out.add(new Field(key, Kind.CHOICE, FOREIGN_EQUIVALENTS, 0, List.of()));
            } else if (t.isEnum()) {
                List<String> constants = new ArrayList<>();
                for (Object e : t.getEnumConstants()) {
                    constants.add(((Enum<?>) e).name());
                }
                out.add(new Field(key, Kind.CHOICE, constants, 0, List.of()));
            } else if (t == PersonDetails.class) {
                out.add(new Field(key, Kind.PERSON, List.of(), 1, List.of()));
            } else if (t == Place.class) {
                out.add(new Field(key, Kind.PLACE, List.of(), 0, List.of()));
            } else if (t == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                out.add(new Field(key, element == Parent.class ? Kind.PARENTS : Kind.PERSONS, List.of(),
                        SLOTS.getOrDefault(name, 2), List.of()));
            } else if (t.isRecord()) {
                out.add(new Field(key, Kind.RECORD, List.of(), 0, describe(t, key + ".")));
            } else {
                // UUID and anything else: typed as text
                out.add(new Field(key, Kind.TEXT, List.of(), 0, List.of()));
            }
        }
        return out;
    }

    private static List<Field> leaves(Field f) {
        if (f.kind() != Kind.RECORD) {
            return List.of(f);
        }
        List<Field> out = new ArrayList<>();
        f.parts().forEach(p -> out.addAll(leaves(p)));
        return out;
    }

    // --- where a problem shows -----------------------------------------------------------------------------------

    /**
     * The input that shows a problem the facade names, or null when the form has none for it (shown at the top).
     * Content fields come as {@code content.x} (drafts), {@code corrected.x} (a new amendment) or
     * {@code content.corrected.x} (an amended draft).
     */
    public String inputId(String problemField) {
        if (problemField == null) {
            return null;
        }
        String f = problemField;
        if (f.equals("drawnUpAt")) {
            return "drawnUpAt";
        }
        if (f.equals("legalBasis")) {
            return "legalBasis_kind";
        }
        if (f.startsWith("legalBasis.")) {
            return "legalBasis_" + f.substring("legalBasis.".length());
        }
        if (f.equals("reason") || f.equals("content.reason")) {
            return "reason";
        }
        for (String prefix : List.of("content.corrected.", "corrected.", "content.")) {
            if (f.startsWith(prefix)) {
                return contentInput(f.substring(prefix.length()));
            }
        }
        return null;
    }

    private String contentInput(String path) {
        Matcher m = SEGMENT.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        Integer index = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        String rest = m.group(3);
        Field f = fields.stream().filter(x -> x.key().equals(name)).findFirst().orElse(null);
        if (f == null) {
            return null;
        }
        switch (f.kind()) {
            case PERSON -> {
                return personPart(f.id(), rest);
            }
            case PERSONS, PARENTS -> {
                if (index == null) {
                    return f.id();
                }
                List<Integer> slots = built.get(name);
                int slot = slots != null && index < slots.size() ? slots.get(index) : index;
                if (slot >= f.slots()) {
                    return f.id();
                }
                String slotId = f.id() + "_" + slot;
                if (f.kind() == Kind.PARENTS) {
                    if ("role".equals(rest)) {
                        return slotId + "_role";
                    }
                    if (rest != null && (rest.equals("person") || rest.startsWith("person."))) {
                        return personPart(slotId, rest.equals("person") ? null : rest.substring("person.".length()));
                    }
                    return slotId + "_familyName";
                }
                return personPart(slotId, rest);
            }
            case PLACE -> {
                return f.id() + placePart(rest);
            }
            case RECORD -> {
                if (rest == null) {
                    return f.parts().get(0).id();
                }
                String key = name + "." + rest;
                return f.parts().stream().filter(p -> p.key().equals(key)).findFirst().map(Field::id).orElse(
                        f.parts().get(0).id());
            }
            default -> {
                return f.id();
            }
        }
    }

    private static String personPart(String slotId, String rest) {
        if (rest == null) {
            return slotId + "_familyName";
        }
        if (rest.equals("personId")) {
            return slotId + "_pick";
        }
        if (rest.equals("birthPlace") || rest.startsWith("birthPlace.")) {
            return slotId + "_birthPlace" + placePart(rest.equals("birthPlace") ? null
                    : rest.substring("birthPlace.".length()));
        }
        if (List.of("familyName", "givenNames", "birthDate", "sex", "nationality").contains(rest)) {
            return slotId + "_" + rest;
        }
        return slotId + "_familyName";
    }

    private static String placePart(String rest) {
        if ("foreignPlace".equals(rest)) {
            return "_foreign";
        }
        if ("country".equals(rest)) {
            return "_country";
        }
        return "_nis";
    }

    /** Every input id the form renders for its content (persons, places and lists expanded). */
    public Set<String> inputIds() {
        Set<String> ids = new LinkedHashSet<>(List.of("drawnUpAt", "legalBasis_kind", "legalBasis_reference",
                "legalBasis_effectiveDate", "legalBasis_issuedBy", "reason"));
        for (Field f : fields) {
            for (Field leaf : leaves(f)) {
                switch (leaf.kind()) {
                    case PERSON -> PERSON_PARTS.forEach(p -> ids.add(leaf.id() + "_" + p));
                    case PERSONS, PARENTS -> {
                        ids.add(leaf.id());
                        for (int i = 0; i < leaf.slots(); i++) {
                            String slot = leaf.id() + "_" + i;
                            PERSON_PARTS.forEach(p -> ids.add(slot + "_" + p));
                            if (leaf.kind() == Kind.PARENTS) {
                                ids.add(slot + "_role");
                            }
                        }
                    }
                    case PLACE -> List.of("_nis", "_foreign", "_country").forEach(p -> ids.add(leaf.id() + p));
                    default -> ids.add(leaf.id());
                }
            }
        }
        return ids;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ActType getType() {
        return type;
    }

    public List<Field> getFields() {
        return fields;
    }

    /** The fields of the generic form: every field of the content in its order. */
    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, PersonInput> getPersons() {
        return persons;
    }

    /** The single field of that key (for the dedicated forms), or null. */
    public Field field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }
}
