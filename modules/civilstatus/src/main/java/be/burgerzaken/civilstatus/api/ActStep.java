package be.burgerzaken.civilstatus.api;

/** The steps of an act's life; each view lists the steps its status allows next. */
public enum ActStep {
    /** Change the draft's content (If-Match). */
    EDIT,
    /** DRAFT to READY_FOR_SIGNATURE: the content is complete and valid. */
    SUBMIT,
    /** READY_FOR_SIGNATURE back to DRAFT, to change it. */
    BACK_TO_DRAFT,
    /** DRAFT or READY_FOR_SIGNATURE to ABANDONED, with a reason. */
    ABANDON,
    /** READY_FOR_SIGNATURE to REGISTERED: signed by the civil registrar, act number allocated. */
    REGISTER,
    /** A REGISTERED act is corrected by an amended act (POST .../amendments). */
    AMEND
}
