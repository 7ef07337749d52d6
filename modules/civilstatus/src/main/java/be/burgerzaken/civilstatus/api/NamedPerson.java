package be.burgerzaken.civilstatus.api;

import java.util.UUID;

/**
 * A person an act names, as the act itself records them (betrokkene / personne concernée): the role, the kernel
 * person when known, and the names written in the act. Lets lists (act index, signing queue) say whom an act is
 * about without a read of the person register per line.
 */
public record NamedPerson(SubjectRole role, UUID personId, String familyName, String givenNames) {
}
