package be.burgerzaken.civilstatus.api;

/** How a person appears in an act; the act index finds acts by these persons. */
public enum SubjectRole {
    CHILD, MOTHER, FATHER, CO_MOTHER, RECOGNISING_PARENT, SPOUSE, WITNESS, DECEASED, PERSON, ADOPTEE, ADOPTER
}
