package org.supervision.plan.imports;

/**
 * A submitted plan document before reading: its bytes, the file name it came with (may be null)
 * and the media type the client declared (may be null).
 */
public record SourceDocument(byte[] content, String fileName, String mediaType) {

    public SourceDocument {
        content = content == null ? new byte[0] : content;
    }
}
