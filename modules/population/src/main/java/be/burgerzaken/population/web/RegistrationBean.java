package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.FirstRegistration;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.Origin;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The population officer's first-registration form (inschrijving / inscription) for a person arriving from
 * another municipality or from abroad: identity of a new person (or the id of a known one), address, register,
 * date, origin, household. The facade decides; refusals appear next to their fields and the input is kept.
 */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("purpose", "reg:purpose"), Map.entry("personId", "reg:personId"),
            Map.entry("person.familyName", "reg:familyName"), Map.entry("person.givenNames", "reg:givenNames"),
            Map.entry("person.birthDate", "reg:birthDate"), Map.entry("person.sex", "reg:sex"),
            Map.entry("person.nationalities", "reg:nationality"), Map.entry("person.birthPlaceNis", "reg:birthPlaceNis"),
            Map.entry("person.birthCountry", "reg:birthCountry"),
            Map.entry("address.streetCode", "reg:streetCode"), Map.entry("address.houseNumber", "reg:houseNumber"),
            Map.entry("address.box", "reg:box"), Map.entry("registerType", "reg:registerType"), Map.entry("date", "reg:date"),
            Map.entry("origin.kind", "reg:originKind"), Map.entry("origin.municipalityNis", "reg:originNis"),
            Map.entry("origin.country", "reg:originCountry"), Map.entry("household.householdId", "reg:householdId"),
            Map.entry("household.position", "reg:position"), Map.entry("basis.kind", "reg:basisReference"),
            Map.entry("basis.reference", "reg:basisReference"));
    /** How many family members the form offers (a larger family is declared over REST or in two steps). */
    static final int MEMBER_ROWS = 3;

    private String purpose;
    private String personId;
    private String familyName;
    private String givenNames;
    private String birthDate;
    private String sex;
    private String nationality;
    private String birthPlaceNis;
    private String birthCountry;
    private String streetCode;
    private String houseNumber;
    private String box;
    private String registerType = RegisterType.POPULATION.name();
    private String date;
    private String originKind = OriginKind.MUNICIPALITY.name();
    private String originNis;
    private String originCountry;
    private String householdId;
    /** A new household is a collective dwelling (care home, convent): issue 3. */
    private boolean collective;
    private String position;
    private String basisReference;
    private final String[] memberPersons = new String[MEMBER_ROWS];
    private final String[] memberPositions = new String[MEMBER_ROWS];

    @Inject
    Residents residents;
    @Inject
    PopulationPurposes purposes;
    @Inject
    AddressChangePurposes procedurePurposes;

    public String register() {
        // --- population (issue 3, task A): members[k] of the declaration is the k-th filled family row
        Map<String, String> fields = new java.util.HashMap<>(FIELDS);
        fields.put("members", "reg:memberPerson0");
        int k = 0;
        for (int i = 0; i < MEMBER_ROWS; i++) {
            if (!blank(memberPersons[i]) || !blank(memberPositions[i])) {
                fields.put("members[" + k + "].personId", "reg:memberPerson" + i);
                fields.put("members[" + k + "].position", "reg:memberPosition" + i);
                fields.put("members[" + k + "]", "reg:memberPerson" + i);
                k++;
            }
        }
        try {
            UUID known = blank(personId) ? null : uuid(personId);
            NewPerson person = known != null ? null : new NewPerson(familyName, givenNames, birthDate,
                    blank(birthPlaceNis) ? null : birthPlaceNis.strip(), null, blank(birthCountry) ? null : birthCountry.strip(),
                    sex, blank(nationality) ? List.of() : List.of(nationality.strip().toUpperCase()), null, true, null);
            HouseholdChoice household = blank(householdId) ? new HouseholdChoice(null, null, collective)
                    : new HouseholdChoice(uuid(householdId), blank(position) ? null : HouseholdPosition.valueOf(position), collective);
            FirstRegistration registration = new FirstRegistration(known, person,
                    new AddressInput(streetCode, houseNumber, box, null),
                    blank(registerType) ? null : RegisterType.valueOf(registerType),
                    ResidentService.date(date, "date"),
                    new Origin(blank(originKind) ? null : OriginKind.valueOf(originKind), originNis, originCountry),
                    household, new Basis("DECLARATION", blank(basisReference) ? null : basisReference.strip(), null),
                    members());
            // --- population (issue 3, task M): an arrival from another Belgian municipality is a declaration; the
            // counter continues on the procedure's page (police check, decision)
            if (registration.origin().kind() == OriginKind.MUNICIPALITY) {
                be.burgerzaken.population.api.AddressChangeView arrival = residents.declareArrival(registration,
                        AccessContext.ui(purpose));
                procedurePurposes.forProcedure(arrival.id(), purpose.strip());
                // --- issue 3, task A: the purpose holds for every person of the declaration
                arrival.members().forEach(m -> purposes.forPerson(m.personId(), purpose.strip()));
                return "/population/address-change-detail.xhtml?faces-redirect=true&change=" + arrival.id();
            }
            ResidentFile file = residents.register(registration, AccessContext.ui(purpose));
            purposes.forPerson(file.personId(), purpose.strip());
            return "/population/resident.xhtml?faces-redirect=true&id=" + file.personId();
        } catch (DomainException e) {
            FacesProblems.show(e, fields);
            return null;
        }
    }

    private static UUID uuid(String id) {
        return uuid(id, "personId");
    }

    private static UUID uuid(String id, String field) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new be.burgerzaken.kernel.api.problem.ValidationException(field, "invalid",
                    "'" + id + "' is not a person id");
        }
    }

    /** The filled family rows (person id and position); empty rows are left out, a half-filled one is sent. */
    private List<be.burgerzaken.population.api.ArrivingMember> members() {
        List<be.burgerzaken.population.api.ArrivingMember> members = new java.util.ArrayList<>();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            if (blank(memberPersons[i]) && blank(memberPositions[i])) {
                continue;
            }
            String field = "members[" + members.size() + "].personId";
            members.add(new be.burgerzaken.population.api.ArrivingMember(
                    blank(memberPersons[i]) ? null : uuid(memberPersons[i], field), null,
                    blank(memberPositions[i]) ? null : HouseholdPosition.valueOf(memberPositions[i])));
        }
        return members.isEmpty() ? null : members;
    }

    public String[] getMemberPersons() { return memberPersons; }
    public String[] getMemberPositions() { return memberPositions; }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<RegisterType> getRegisterTypes() {
        return List.of(RegisterType.values());
    }

    public List<OriginKind> getOriginKinds() {
        // a birth is entered by the registration of the birth act
        return java.util.Arrays.stream(OriginKind.values()).filter(o -> o != OriginKind.BIRTH).toList();
    }

    public List<HouseholdPosition> getPositions() {
        return List.of(HouseholdPosition.values());
    }

    // getters and setters of the form fields
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getPersonId() { return personId; }
    public void setPersonId(String v) { personId = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getNationality() { return nationality; }
    public void setNationality(String v) { nationality = v; }
    public String getBirthPlaceNis() { return birthPlaceNis; }
    public void setBirthPlaceNis(String v) { birthPlaceNis = v; }
    public String getBirthCountry() { return birthCountry; }
    public void setBirthCountry(String v) { birthCountry = v; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String v) { streetCode = v; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String v) { houseNumber = v; }
    public String getBox() { return box; }
    public void setBox(String v) { box = v; }
    public String getRegisterType() { return registerType; }
    public void setRegisterType(String v) { registerType = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getOriginKind() { return originKind; }
    public void setOriginKind(String v) { originKind = v; }
    public String getOriginNis() { return originNis; }
    public void setOriginNis(String v) { originNis = v; }
    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String v) { originCountry = v; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String v) { householdId = v; }
    public boolean isCollective() { return collective; }
    public void setCollective(boolean v) { collective = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getBasisReference() { return basisReference; }
    public void setBasisReference(String v) { basisReference = v; }
}
