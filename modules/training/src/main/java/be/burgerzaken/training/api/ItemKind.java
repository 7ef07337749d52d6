package be.burgerzaken.training.api;

/** What a requirement asks for: a course (opleiding / formation), a signed declaration, or a legal change briefing. */
public enum ItemKind {
    COURSE, DECLARATION, BRIEFING;

    /** The name in a 403 problem's {@code missing} list, e.g. {@code course:PRIVACY-NR}. */
    public String missingName(String code) {
        return name().toLowerCase() + ":" + code;
    }
}
