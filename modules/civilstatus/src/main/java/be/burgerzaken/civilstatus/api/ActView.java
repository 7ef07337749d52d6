package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An act as it stands (akte / acte).
 *
 * @param number         the act number, once registered (format configurable: {@code <year>/<register>/<number>})
 * @param registerCode   the register the number belongs to
 * @param year           the year of the register
 * @param sequence       the number within the register and year: 1, 2, 3, ... without gaps
 * @param drawnUpOn      the day it was signed (opgemaakt op / dressé le), once registered
 * @param drawnUpAt      NIS code of the municipality where it is drawn up
 * @param officer        the civil registrar who signed, once registered
 * @param signOffHash    SHA-256 (hex) over the registered act as signed: the electronic sign-off
 * @param content        what this act says
 * @param amendsActId    for an amended act: the original it corrects
 * @param currentContent for a registered original: its content with the registered amendments applied
 * @param history        the original and its amendments in order (for an original or an amended act)
 * @param allowedSteps   the steps the status allows next
 * @param version        optimistic-locking version, the ETag
 * @param returnRemark   the civil registrar's remark when the act was last sent back to draft
 * @param persons        the persons the act names, as written in it
 */
public record ActView(UUID id, ActType type, ActStatus status, String number, String registerCode, Integer year,
                      Integer sequence, LocalDate drawnUpOn, String drawnUpAt, String drawnUpAtName,
                      Officer officer, Instant registeredAt, String signOffHash, LegalBasis legalBasis,
                      ActContent content, List<Subject> subjects, List<AttachmentView> attachments,
                      String abandonReason, UUID amendsActId, ActContent currentContent, List<HistoryEntry> history,
                      List<ActStep> allowedSteps, Instant createdAt, String createdBy, Instant updatedAt,
                      String updatedBy, long version, String returnRemark, Instant returnedAt,
                      String returnedBy, List<NamedPerson> persons) {
}
