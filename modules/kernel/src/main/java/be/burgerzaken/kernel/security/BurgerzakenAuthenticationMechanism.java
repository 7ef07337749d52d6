package be.burgerzaken.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One authentication mechanism for the two doors:
 * <ul>
 *   <li>REST ({@code /api/...}): every request carries {@code Authorization: Bearer <token>} (API clients,
 *       token from {@code POST /api/v1/auth/token}) or {@code Basic} (staff accounts); a missing or bad
 *       credential is a 401 problem document. A few public paths need none.</li>
 *   <li>Screens: form login through {@code /login.xhtml} (the login bean authenticates programmatically),
 *       kept in the HTTP session; protected pages redirect to the login page.</li>
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
public class BurgerzakenAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** REST paths anyone may call (below the context path). */
    static final Set<String> PUBLIC_API = Set.of("/api/v1/auth/token");
    static final String PUBLIC_API_PREFIX = "/api/v1/public/";

    @Inject
    Accounts accounts;
    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                return api(path, request, response, context);
            }
            return screens(request, response, context);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuthenticationStatus api(String path, HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) throws IOException {
        String header = request.getHeader("Authorization");
        boolean open = PUBLIC_API.contains(path) || path.startsWith(PUBLIC_API_PREFIX);
        if (header == null || header.isBlank()) {
            if (open) {
                return context.doNothing();
            }
            ProblemResponses.write(response, 401, "unauthorized", "Authentication required",
                    "send a bearer token (POST /api/v1/auth/token) or Basic credentials of a staff account");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Accounts.Authenticated> who = Optional.empty();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            who = tokens.verify(header.substring(7).strip());
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                String secret = decoded.substring(colon + 1);
                who = accounts.staff(user, secret);
                if (who.isEmpty() && open) {
                    who = accounts.client(user, secret); // token endpoint with client_secret_basic
                }
            }
        }
        if (who.isEmpty()) {
            ProblemResponses.write(response, 401, "unauthorized", "Invalid credentials",
                    "the token or the credentials are invalid or expired");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(who.get().name(), who.get().roles());
    }

    private AuthenticationStatus screens(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) throws IOException {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential up) {
            Optional<Accounts.Authenticated> who = accounts.staff(up.getCaller(), up.getPasswordAsString());
            if (who.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return context.notifyContainerAboutLogin(who.get().name(), who.get().roles());
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }
}
