package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.population.api.AddressChangeDeclaration;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.DeclarationChannel;
import be.burgerzaken.population.api.DeclarationDeadline;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.MovingMember;
import be.burgerzaken.population.api.Occupant;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.api.Street;
import be.burgerzaken.population.api.Streets;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counter's change-of-address declaration (aangifte van adreswijziging / déclaration de changement
 * d'adresse) for a resident ({@code id}) and the household members who move with them: new address (street
 * picked from the street list), move and declaration date, the household at the new address (join one or form a
 * new one), positions, the new reference person of the household left behind, channel. Translates only: the
 * facade decides; refusals appear next to their fields and the input is kept.
 */
@Named
@ViewScoped
public class AddressChangeBean extends PurposeGatedPersonPage {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** A picked street reads "Naamsestraat, 3000 Leuven (1020)": the code is in the last parentheses. */
    static final Pattern PICKED = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("purpose", "decl:purpose"), Map.entry("members", "decl:members"),
            Map.entry("address", "decl:street"), Map.entry("address.streetCode", "decl:street"),
            Map.entry("address.postcode", "decl:street"), Map.entry("address.houseNumber", "decl:houseNumber"),
            Map.entry("address.box", "decl:box"), Map.entry("moveDate", "decl:moveDate"),
            Map.entry("declaredOn", "decl:declaredOn"), Map.entry("householdId", "decl:household"),
            Map.entry("newReferencePersonId", "decl:newReference"), Map.entry("channel", "decl:channel"));

    private ResidentFile file;
    private final Map<String, Boolean> moving = new HashMap<>();
    private final Map<String, String> positions = new HashMap<>();
    private String street;
    private String houseNumber;
    private String box;
    private String moveDate;
    private String declaredOn;
    private String household = "";
    private String newReferencePerson = "";
    private String channel = DeclarationChannel.COUNTER.name();
    private Map<String, String> households = new LinkedHashMap<>();
    private DeclarationDeadline deadline;
    /** One key per form: a double submit returns the first declaration instead of a second one (ADR 0007). */
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final PersonNames names = new PersonNames();

    @Inject
    AddressChanges addressChanges;
    @Inject
    Residents residents;
    @Inject
    Streets streets;
    @Inject
    PersonDirectory directory;
    @Inject
    AddressChangePurposes procedurePurposes;
    @Inject
    Clock clock;

    /** Called on page load (f:viewAction): today as declaration date, the purpose stated for this citizen if any. */
    @Override
    public void load() {
        if (declaredOn == null) {
            declaredOn = LocalDate.now(clock.withZone(BELGIUM)).toString();
        }
        super.load();
    }

    @Override
    protected boolean read(UUID person) {
        try {
            file = residents.file(person, context());
            moving.clear();
            positions.clear();
            for (HouseholdMember m : getMembers()) {
                moving.put(m.personId().toString(), Boolean.TRUE);
                positions.put(m.personId().toString(), m.position().name());
            }
            return true;
        } catch (DomainException e) {
            file = null;
            FacesProblems.show(e, PURPOSE_FIELD);
            return false;
        }
    }

    /** Streets of the list whose name contains the text, as "name, postcode district (code)". */
    public List<String> completeStreet(String text) {
        return streets.search(text, 15).stream().map(AddressChangeBean::label).toList();
    }

    static String label(Street s) {
        String fr = s.nameFr() == null || s.nameFr().isBlank() || s.nameFr().equals(s.nameNl()) ? "" : " / " + s.nameFr();
        return s.nameNl() + fr + ", " + s.postcode() + " " + (s.district() == null ? "" : s.district()).strip()
                + " (" + s.streetCode() + ")";
    }

    /** The households living at the new address today, to join one of them. */
    public void findHouseholds() {
        households = new LinkedHashMap<>();
        try {
            AddressInput address = address();
            LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
            java.util.Set<UUID> covered = new java.util.HashSet<>();
            for (Occupant o : residents.residentsAt(address, today, context())) {
                if (!covered.add(o.personId())) {
                    continue;
                }
                HouseholdComposition h = residents.household(o.personId(), today, context());
                if (h == null) {
                    continue;
                }
                h.members().forEach(m -> covered.add(m.personId()));
                String reference = h.members().stream().filter(m -> m.position() == HouseholdPosition.REFERENCE_PERSON)
                        .findFirst().map(m -> name(m.personId())).orElse("—");
                households.put(h.householdId().toString(), reference + " (" + h.members().size() + ")");
            }
            if (households.isEmpty()) {
                info("decl:household", text("addressChange.noHouseholds"));
            }
        } catch (DomainException e) {
            FacesProblems.show(fields(e), FIELDS);
        }
    }

    /** The declaration deadline for the dates typed so far (ajax). */
    public void updateDeadline() {
        try {
            LocalDate move = ResidentService.date(moveDate, "moveDate");
            deadline = move == null ? null
                    : addressChanges.declarationDeadline(move, ResidentService.date(declaredOn, "declaredOn"));
        } catch (DomainException e) {
            deadline = null;
        }
    }

    public String declare() {
        try {
            UUID declarant = personId();
            List<MovingMember> members = new ArrayList<>();
            for (HouseholdMember m : getMembers()) {
                String key = m.personId().toString();
                if (Boolean.TRUE.equals(moving.get(key))) {
                    String p = positions.get(key);
                    members.add(new MovingMember(m.personId(), p == null || p.isBlank() ? null : HouseholdPosition.valueOf(p)));
                }
            }
            AddressChangeDeclaration declaration = new AddressChangeDeclaration(declarant, members, address(),
                    ResidentService.date(moveDate, "moveDate"), blank(household) ? null : UUID.fromString(household),
                    ResidentService.date(declaredOn, "declaredOn"),
                    blank(newReferencePerson) ? null : UUID.fromString(newReferencePerson), channel);
            AddressChangeView view = addressChanges.declare(declaration, context(), idempotencyKey);
            procedurePurposes.forProcedure(view.id(), getPurpose().strip());
            return "/population/address-change-detail.xhtml?faces-redirect=true&change=" + view.id();
        } catch (DomainException e) {
            updateDeadline();
            FacesProblems.show(fields(e), FIELDS);
            return null;
        }
    }

    /** The address as typed: the street code of the picked (or uniquely named) street, house number, box. */
    private AddressInput address() {
        return new AddressInput(streetCode(), houseNumber, box, null);
    }

    private String streetCode() {
        return streetCode(street, streets);
    }

    /**
     * The street code of a street as typed in a street field: picked from the list ("name, postcode (code)"), a
     * street code, or a name that matches one street; null when blank. Shared with the residents-of-an-address screen.
     */
    static String streetCode(String street, Streets streets) {
        if (blank(street)) {
            return null;
        }
        String typed = street.strip();
        Matcher picked = PICKED.matcher(typed);
        if (picked.find()) {
            return picked.group(1).strip();
        }
        Optional<Street> byCode = streets.byCode(typed);
        if (byCode.isPresent()) {
            return byCode.get().streetCode();
        }
        List<Street> found = streets.search(typed, 20);
        List<Street> exact = found.stream().filter(s -> s.nameNl().equalsIgnoreCase(typed)
                || (s.nameFr() != null && s.nameFr().equalsIgnoreCase(typed))).toList();
        if (exact.size() == 1) {
            return exact.get(0).streetCode();
        }
        if (found.size() == 1) {
            return found.get(0).streetCode();
        }
        throw new ValidationException("address.streetCode", found.isEmpty() ? "unknown" : "ambiguous",
                text(found.isEmpty() ? "addressChange.streetUnknown" : "addressChange.streetAmbiguous")
                        .replace("{0}", typed), typed);
    }

    /** Problems of the members list (members[2].personId, ...) shown at the list. */
    private static DomainException fields(DomainException e) {
        if (e instanceof ValidationException v) {
            return new ValidationException(v.problems().stream().map(p -> p.field() != null
                    && p.field().startsWith("members") ? new FieldProblem("members", p.code(), p.message()) : p).toList());
        }
        return e;
    }

    private static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "pm").getString(key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The household's members today, reference person first. */
    public List<HouseholdMember> getMembers() {
        return file == null || file.household() == null ? List.of() : file.household().members();
    }

    public String name(UUID personId) {
        return names.name(personId, directory, getPurpose());
    }

    public String birthDate(UUID personId) {
        return names.birthDate(personId, directory, getPurpose());
    }

    @Override
    public boolean isPurposeNeeded() {
        return file == null;
    }

    public List<HouseholdPosition> getPositionValues() {
        return List.of(HouseholdPosition.values());
    }

    public List<String> getChannels() {
        return List.of(DeclarationChannel.values()).stream().map(Enum::name).toList();
    }

    // getters and setters of the form
    public ResidentFile getFile() { return file; }
    public Map<String, Boolean> getMoving() { return moving; }
    public Map<String, String> getPositions() { return positions; }
    public String getStreet() { return street; }
    public void setStreet(String v) { street = v; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String v) { houseNumber = v; }
    public String getBox() { return box; }
    public void setBox(String v) { box = v; }
    public String getMoveDate() { return moveDate; }
    public void setMoveDate(String v) { moveDate = v; }
    public String getDeclaredOn() { return declaredOn; }
    public void setDeclaredOn(String v) { declaredOn = v; }
    public String getHousehold() { return household; }
    public void setHousehold(String v) { household = v; }
    public String getNewReferencePerson() { return newReferencePerson; }
    public void setNewReferencePerson(String v) { newReferencePerson = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public Map<String, String> getHouseholds() { return households; }
    public DeclarationDeadline getDeadline() { return deadline; }
}
