package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of the access rules for one request, before anything is issued: whether it may be issued, on
 * which basis, under which dated rule.
 *
 * @param allowed          whether the extract may be issued (a DECLARED relation still needs its basis)
 * @param access           PUBLIC, VERIFIED or DECLARED when allowed; null when refused
 * @param ruleId           the rule that decided, e.g. {@code CS-EXTRACT-OTHER-2019}
 * @param ruleSource       the rule's legal source in words
 * @param publicFrom       the first day the act is public (the anniversary of the day it was drawn up)
 * @param sexChange        whether the act contains a change of registered sex (the narrower circle)
 * @param circle           who may obtain it before {@code publicFrom}
 * @param relation         the relation stated by the requester
 * @param verifiedRelation the relation our data confirm, if any
 * @param requesterPersonId the requester as a person of the register, when known
 * @param requesterName    the requester's name as it will be recorded
 * @param basisRequired    whether a declared basis is needed (the relation is in the circle but not confirmed)
 * @param message          the outcome in words (English), e.g. for a refusal the rule and the public date
 */
public record ExtractAssessment(UUID actId, String actNumber, boolean allowed, AccessBasis access, String ruleId,
                                String ruleSource, LocalDate publicFrom, boolean sexChange,
                                List<RequesterRelation> circle, RequesterRelation relation,
                                RequesterRelation verifiedRelation, UUID requesterPersonId, String requesterName,
                                boolean basisRequired, String message) {
}
