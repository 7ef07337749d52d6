package be.burgerzaken.kernel.application;

/**
 * The address a verification code is checked at (the public verification page): the one place that builds it,
 * for the QR code, the text printed on documents and the API's answers.
 */
public final class VerifyLinks {
    /** The page of the public verification, relative to {@code bz.public-url}. */
    public static final String PAGE = "/verify.xhtml?code=";

    private VerifyLinks() {
    }

    /** E.g. {@code https://burgerzaken.leuven.be/verify.xhtml?code=7K3M-...}; the code is in display form. */
    public static String verifyUrl(String publicUrl, String formattedCode) {
        String base = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + PAGE + formattedCode;
    }
}
