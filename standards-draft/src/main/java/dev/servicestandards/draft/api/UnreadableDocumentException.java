package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

/** A document that cannot be read: missing, of an unknown type, too large, or not a valid .docx. */
public final class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String document;
    private final String reason;

    public UnreadableDocumentException(String document, String reason, Throwable cause) {
        super(requireNonNull(document, "document") + ": " + requireNonNull(reason, "reason"), cause);
        this.document = document;
        this.reason = reason;
    }

    /** The document as the caller named it. */
    public String document() {
        return document;
    }

    /** What is wrong, without the document's name. */
    public String reason() {
        return reason;
    }
}
