package be.burgerzaken.elections.web;

import be.burgerzaken.elections.application.LetterService;
import be.burgerzaken.elections.application.NonBelgianService;
import be.burgerzaken.elections.application.PollWorkerService;
import be.burgerzaken.elections.application.VoterListService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.PdfResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Streams the election PDFs to the signed-in officer (/elections/pdf.xhtml?election=&amp;kind=&amp;ref=): kind
 * {@code letter} (a voter's latest convocation letter, ref = voter id), {@code bundle} (a station's print-ready
 * bundle, ref = station number, streamed), {@code designation} (a poll worker's letter) and {@code decision} (the
 * non-Belgian decision letter). The voter-list PDFs use the purpose stated in this session.
 */
@Named
@RequestScoped
public class ElectionPdfBean {
    private String election;
    private String kind;
    private String ref;

    @Inject
    LetterService letters;
    @Inject
    VoterListService lists;
    @Inject
    PollWorkerService workers;
    @Inject
    NonBelgianService nonBelgians;
    @Inject
    ElectionPurposes purposes;

    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            UUID electionId = UUID.fromString(election);
            AccessContext context = AccessContext.ui(purposes.get());
            switch (kind == null ? "" : kind) {
                case "letter" -> PdfResponses.write(ext, letters.letter(electionId, UUID.fromString(ref), context));
                case "designation" -> PdfResponses.write(ext, workers.letter(electionId, UUID.fromString(ref), context));
                case "decision" -> PdfResponses.write(ext, nonBelgians.notificationLetter(electionId,
                        UUID.fromString(ref), context));
                case "bundle" -> {
                    int station = Integer.parseInt(ref);
                    lists.summary(electionId, context);
                    ext.setResponseContentType("application/pdf");
                    ext.setResponseHeader("Content-Disposition", "attachment; filename=\"letters-station-" + station
                            + ".pdf\"");
                    ext.setResponseHeader("Cache-Control", "private, no-store");
                    letters.bundle(electionId, station, context, ext.getResponseOutputStream());
                }
                default -> PdfResponses.sendError(ext, 400, "kind is letter, bundle, designation or decision");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "election and ref must be ids (bundle: a station number)");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getElection() { return election; }
    public void setElection(String election) { this.election = election; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
}
