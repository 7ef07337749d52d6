package be.burgerzaken.civilstatus.api;

/** The civil registrar (ambtenaar van de burgerlijke stand / officier de l'état civil) who signed an act. */
public record Officer(String userName, String displayName) {
}
