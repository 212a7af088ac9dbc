package org.supervision.plan.imports;

/** The submitted file is not a document an import can read; {@code rule} names why, for the problem answer. */
public class UnreadableDocumentException extends RuntimeException {

    private final String rule;

    public UnreadableDocumentException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public UnreadableDocumentException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
