package be.burgerzaken.civilstatus.api;

import java.util.UUID;

/** A kernel person an act concerns (betrokkene / personne concernée), with the role they have in it. */
public record Subject(UUID personId, SubjectRole role) {
}
