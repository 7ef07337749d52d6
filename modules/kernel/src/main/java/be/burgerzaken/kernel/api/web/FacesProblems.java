package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a facade's refusal in a screen of any module: each field problem next to its input (the form maps field
 * names to component ids), anything else at the top of the page. The input keeps what the user typed.
 * <p>
 * The text is the user's language: {@link ProblemTexts} looks up {@code problem.<field>.<code>}, then
 * {@code problem.<code>} (other refusals: {@code problem.<type>}) in the resource bundles the application
 * registers ({@code <resource-bundle>} of every {@code faces-config.xml}), the calling module's bundle first,
 * then the kernel's, then the others; without a text the service's English message is shown.
 */
public final class FacesProblems {
    private static final Pattern BUNDLE = Pattern.compile(
            "<resource-bundle>\\s*<base-name>\\s*([\\w.]+)\\s*</base-name>\\s*<var>\\s*(\\w+)\\s*</var>");
    private static final String KERNEL = "be.burgerzaken.kernel.";
    private static volatile List<String[]> registered;

    private FacesProblems() {
    }

    /** @param fieldToComponent facade field name -> client id of the input (e.g. "familyName" -> "search:familyName") */
    public static void show(DomainException e, Map<String, String> fieldToComponent) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Function<String, String> lookup = lookup(faces, caller());
        Locale locale = locale(faces);
        if (e instanceof ValidationException v) {
            for (FieldProblem p : v.problems()) {
                String clientId = fieldToComponent.get(p.field());
                String text = ProblemTexts.of(p, locale, lookup);
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                if (clientId != null) {
                    UIComponent c = faces.getViewRoot().findComponent(clientId);
                    if (c instanceof UIInput input) {
                        input.setValid(false);
                        keepTyped(faces, input);
                    }
                }
            }
        } else {
            String text = ProblemTexts.of(e, locale, lookup);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    /** A field problem's text in the user's language (for screens that place messages themselves). */
    public static String text(FieldProblem p) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ProblemTexts.of(p, locale(faces), lookup(faces, caller()));
    }

    /** A refusal's text in the user's language, by its problem type (field problems: the first one's text). */
    public static String text(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ValidationException v && v.problems().size() == 1) {
            return ProblemTexts.of(v.problems().get(0), locale(faces), lookup(faces, caller()));
        }
        return ProblemTexts.of(e, locale(faces), lookup(faces, caller()));
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : faces.getExternalContext().getRequestLocale();
    }

    /** The class that called into this one (its module's bundle is consulted first). */
    private static String caller() {
        String self = FacesProblems.class.getName();
        return StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(n -> !n.equals(self)).findFirst().orElse(""));
    }

    /** The registered bundles' vars: the caller's module's first, then the kernel's, then the others. */
    static Function<String, String> lookup(FacesContext faces, String callerClass) {
        String callerModule = modulePrefix(callerClass);
        List<String> vars = new ArrayList<>();
        List<String[]> all = registered(faces);
        for (String prefix : new String[] {callerModule, KERNEL}) {
            for (String[] b : all) {
                if (prefix != null && b[0].startsWith(prefix) && !vars.contains(b[1])) {
                    vars.add(b[1]);
                }
            }
        }
        all.stream().map(b -> b[1]).filter(v -> !vars.contains(v)).forEach(vars::add);
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String var : vars) {
            ResourceBundle b = faces.getApplication().getResourceBundle(faces, var);
            if (b != null) {
                bundles.add(b);
            }
        }
        return key -> {
            for (ResourceBundle b : bundles) {
                if (b.containsKey(key)) {
                    return b.getString(key);
                }
            }
            return null;
        };
    }

    /** {@code be.burgerzaken.population.web.X} -> {@code be.burgerzaken.population.} */
    static String modulePrefix(String className) {
        String[] parts = className.split("\\.");
        return parts.length < 4 ? null : parts[0] + "." + parts[1] + "." + parts[2] + ".";
    }

    /** base name and var of every {@code <resource-bundle>} in the faces-config files the application reads. */
    private static List<String[]> registered(FacesContext faces) {
        List<String[]> found = registered;
        if (found == null) {
            found = new ArrayList<>();
            try {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                Enumeration<URL> urls = loader.getResources("META-INF/faces-config.xml");
                while (urls.hasMoreElements()) {
                    try (InputStream in = urls.nextElement().openStream()) {
                        parse(in, found);
                    }
                }
                try (InputStream in = faces.getExternalContext().getResourceAsStream("/WEB-INF/faces-config.xml")) {
                    if (in != null) {
                        parse(in, found);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            registered = List.copyOf(found);
        }
        return found;
    }

    static void parse(InputStream in, List<String[]> into) throws IOException {
        Matcher m = BUNDLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
            if (into.stream().noneMatch(b -> b[1].equals(m.group(2)))) {
                into.add(new String[] {m.group(1), m.group(2)});
            }
        }
    }

    /**
     * Mojarra renders an invalid input from its submitted value only, which is empty once the model was updated:
     * put the model's value back as the submitted one, so the field shows what was typed next to its message.
     */
    private static void keepTyped(FacesContext faces, UIInput input) {
        Object submitted = input.getSubmittedValue();
        if (submitted == null || "".equals(submitted)) {
            Object value = input.getValue();
            input.setSubmittedValue(value == null ? "" : input.getConverter() != null
                    ? input.getConverter().getAsString(faces, input, value) : value.toString());
        }
    }
}
