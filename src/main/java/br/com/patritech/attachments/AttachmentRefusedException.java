package br.com.patritech.attachments;

import br.com.patritech.base.DomainException;

/**
 * A file the asset does not accept, with the reason a person can act on: the API answers 413 when it is too large
 * and 415 when it is not a photo or PDF (or not what its name says), the screens show the sentence.
 */
public class AttachmentRefusedException extends DomainException {

    /** Why the file was refused. */
    public enum Reason {
        TOO_LARGE, WRONG_TYPE
    }

    private final Reason reason;

    AttachmentRefusedException(Reason reason, String messageKey, Object... args) {
        super(messageKey, "file", args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
