package be.burgerzaken.kernel.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerifyLinksTest {

    @Test
    void pointsAtThePublicVerificationPage() {
        assertEquals("https://burgerzaken.leuven.be/verify.xhtml?code=7K3M-Q2WX-9TPA-B4C0",
                VerifyLinks.verifyUrl("https://burgerzaken.leuven.be", "7K3M-Q2WX-9TPA-B4C0"));
        assertEquals("https://burgerzaken.leuven.be/verify.xhtml?code=7K3M-Q2WX-9TPA-B4C0",
                VerifyLinks.verifyUrl(" https://burgerzaken.leuven.be// ", "7K3M-Q2WX-9TPA-B4C0"));
        assertEquals("http://localhost:8080/verify.xhtml?code=A", VerifyLinks.verifyUrl(null, "A"));
    }
}
