package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActAttachments;
import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.AttachmentData;
import be.burgerzaken.civilstatus.api.AttachmentView;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.AttachmentRow;
import be.burgerzaken.civilstatus.domain.FileSignature;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachments of acts, each call in one transaction with its access check and protocol-log entry. The bytes
 * decide the type (PDF, PNG, JPEG by their magic numbers) and must agree with the declared content type; the
 * size is limited; the SHA-256 is stored with them.
 */
@ApplicationScoped
@Transactional
public class AttachmentService implements ActAttachments {
    static final int MAX_FILE_NAME = 200;

    @Inject
    ActStore store;
    @Inject
    ActGuard guard;
    @Inject
    ActViews views;
    @Inject
    CivilStatusSettings settings;
    @Inject
    Clock clock;

    @Override
    public AttachmentView add(UUID actId, String fileName, String declaredContentType, InputStream content,
                              Long expectedVersion, AccessContext context) {
        String what = "civil-status act attachment add " + actId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent actContent = views.content(act);
        List<Subject> subjects = subjects(act);
        guard.refuseIfRegistered(act, subjects, actContent, context, what);
        draftOnly(act);
        if (expectedVersion != null) {
            ActGuard.checkVersion(act, expectedVersion);
        }
        byte[] bytes = read(content, settings.maxAttachmentBytes());
        String type = checkType(declaredContentType, bytes);
        String name = fileName(fileName, type);
        Instant now = clock.instant();
        AttachmentRow row = new AttachmentRow(UUID.randomUUID(), act.id(), name, type, bytes.length, sha256(bytes), now,
                actor.name());
        store.add(row, bytes);
        act.touch(now, actor.name());
        flush(act);
        guard.record(ProtocolAction.CHANGE, actContent, subjects, context, what + " " + row.id() + " " + type + " "
                + bytes.length + " bytes sha256 " + row.sha256());
        return row.view();
    }

    @Override
    public AttachmentData get(UUID actId, UUID attachmentId, AccessContext context) {
        String what = "civil-status act attachment " + actId + "/" + attachmentId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
        Act act = guard.found(actId, context, ProtocolAction.READ, what);
        AttachmentRow row = attachmentOf(act, attachmentId);
        byte[] bytes = store.attachmentContent(row.id());
        guard.record(ProtocolAction.READ, views.content(act), subjects(act), context, what);
        return new AttachmentData(row.view(), bytes);
    }

    @Override
    public void remove(UUID actId, UUID attachmentId, Long expectedVersion, AccessContext context) {
        String what = "civil-status act attachment remove " + actId + "/" + attachmentId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent actContent = views.content(act);
        List<Subject> subjects = subjects(act);
        guard.refuseIfRegistered(act, subjects, actContent, context, what);
        draftOnly(act);
        if (expectedVersion != null) {
            ActGuard.checkVersion(act, expectedVersion);
        }
        AttachmentRow row = attachmentOf(act, attachmentId);
        store.remove(row);
        act.touch(clock.instant(), actor.name());
        flush(act);
        guard.record(ProtocolAction.CHANGE, actContent, subjects, context, what);
    }

    private AttachmentRow attachmentOf(Act act, UUID attachmentId) {
        Optional<AttachmentRow> row = store.attachment(attachmentId).filter(r -> r.actId().equals(act.id()));
        return row.orElseThrow(() -> new NotFoundException("act " + act.id() + " has no attachment " + attachmentId));
    }

    private static void draftOnly(Act act) {
        if (act.status() != ActStatus.DRAFT) {
            throw new ConflictException("not-a-draft", "attachments are added to and removed from drafts; the act is "
                    + act.status() + (act.status() == ActStatus.READY_FOR_SIGNATURE ? ": take it back to draft first" : ""),
                    409);
        }
    }

    /** The accepted type the bytes are, which must be the declared one. */
    static String checkType(String declared, byte[] bytes) {
        String claimed = FileSignature.normalise(declared);
        Optional<String> actual = FileSignature.detect(bytes);
        List<FieldProblem> problems = new ArrayList<>();
        if (!FileSignature.ACCEPTED.contains(claimed)) {
            problems.add(new FieldProblem("Content-Type", "unsupported", "'" + (declared == null ? "" : declared)
                    + "' is not accepted: application/pdf, image/png or image/jpeg"));
        }
        if (actual.isEmpty()) {
            problems.add(new FieldProblem("content", "unrecognised",
                    "the bytes are not a PDF, PNG or JPEG file (checked by their signature)"));
        } else if (problems.isEmpty() && !actual.get().equals(claimed)) {
            problems.add(new FieldProblem("content", "type-mismatch", "the bytes are " + actual.get()
                    + ", not " + claimed + " as declared"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return actual.get();
    }

    static String fileName(String given, String type) {
        if (given == null || given.isBlank()) {
            return "attachment" + (type.equals(FileSignature.PDF) ? ".pdf" : type.equals(FileSignature.PNG) ? ".png"
                    : ".jpg");
        }
        String name = given.strip();
        if (name.length() > MAX_FILE_NAME) {
            throw new ValidationException("fileName", "length", "at most " + MAX_FILE_NAME + " characters");
        }
        if (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl)
                || name.equals(".") || name.equals("..")) {
            throw new ValidationException("fileName", "invalid", "a file name without path or control characters");
        }
        return name;
    }

    /** Reads at most {@code max} bytes; one byte more is a problem, nothing is kept. */
    static byte[] read(InputStream in, long max) {
        if (in == null) {
            throw new ValidationException("content", "empty", "send the file as the request body");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw new ValidationException("content", "too-large", "an attachment is at most " + max
                            + " bytes (bz.civilstatus.attachment.max-bytes)");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw new ValidationException("content", "empty", "the file is empty");
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Subject> subjects(Act act) {
        return store.subjects(List.of(act.id())).getOrDefault(act.id(), List.of());
    }

    private void flush(Act act) {
        long version = act.version();
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(version, version + 1);
        }
    }
}
