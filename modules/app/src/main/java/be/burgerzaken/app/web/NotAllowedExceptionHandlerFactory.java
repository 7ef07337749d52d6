package be.burgerzaken.app.web;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * One answer for every screen a user opens (or submits) without the capability: the friendly "not allowed" page
 * (/not-allowed.xhtml, HTTP 403) with the refusal and, when training blocks a role, what is missing; never the
 * container's error page. A refusal escaping any module's bean (a getter while rendering, an action) lands here;
 * beans that catch the refusal themselves keep showing it as a message on their own page. An Ajax request is
 * redirected to the page with the refusal in the flash. Registered in the app's faces-config.xml; the Facelets
 * buffer (web.xml) keeps a page uncommitted long enough to be replaced.
 */
public class NotAllowedExceptionHandlerFactory extends ExceptionHandlerFactory {
    /** Request (or flash) attributes the page reads. */
    public static final String MESSAGE = "bzNotAllowedMessage";
    public static final String MISSING = "bzNotAllowedMissing";
    static final String PAGE = "/not-allowed.xhtml";

    public NotAllowedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                AccessDeniedException denied = denied(events.next().getContext().getException());
                if (denied != null && faces != null && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    notAllowed(faces, denied);
                    while (events.hasNext()) {
                        events.next();
                        events.remove();
                    }
                    break;
                }
            }
            getWrapped().handle();
        }

        private static void notAllowed(FacesContext faces, AccessDeniedException denied) {
            ExternalContext ec = faces.getExternalContext();
            List<String> missing = denied.missing() == null ? List.of() : denied.missing();
            try {
                ec.responseReset();
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    ec.getFlash().put(MESSAGE, denied.getMessage());
                    ec.getFlash().put(MISSING, missing);
                    ec.redirect(ec.getRequestContextPath() + PAGE);
                } else {
                    ec.getRequestMap().put(MESSAGE, denied.getMessage());
                    ec.getRequestMap().put(MISSING, missing);
                    ec.responseSendError(403, denied.getMessage());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        static AccessDeniedException denied(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof AccessDeniedException a) {
                    return a;
                }
            }
            return null;
        }
    }
}
