package org.supervision.task.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides what a file is from its bytes, and accepts it only when that agrees with the extension
 * of its name: a renamed program (.exe as .pdf) or an unknown type is refused. The client's
 * Content-Type is never trusted; what we store and answer downloads with is our own reading.
 */
@ApplicationScoped
public class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** OLE2 compound file: the container of .doc and .xls alike. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * The media type of an accepted file, or empty when the bytes are not what the name says or the
     * name is not of an accepted kind. {@code file} holds the same bytes; archives are read from it
     * by their central directory, which inflates nothing (a zip bomb costs nothing here).
     */
    public Optional<String> mediaType(String fileName, byte[] content, Path file) {
        return FileKind.claimedBy(fileName).flatMap(kind -> switch (kind) {
            case PDF -> when(startsWith(content, PDF), kind.mediaType);
            case JPEG -> when(startsWith(content, JPEG), kind.mediaType);
            case PNG -> when(startsWith(content, PNG), kind.mediaType);
            case DOC, XLS -> when(startsWith(content, OLE2), kind.mediaType);
            case ZIP -> when((startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) && archiveHas(file, null), kind.mediaType);
            case DOCX -> when(startsWith(content, ZIP) && archiveHas(file, "word/"), kind.mediaType);
            case XLSX -> when(startsWith(content, ZIP) && archiveHas(file, "xl/"), kind.mediaType);
            case TXT -> textCharset(content).map(charset -> kind.mediaType + "; charset=" + charset);
        });
    }

    private static Optional<String> when(boolean matches, String mediaType) {
        return matches ? Optional.of(mediaType) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A readable archive; for Office Open XML also its content types and a part under {@code folder}. */
    private static boolean archiveHas(Path file, String folder) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return folder == null || zip.getEntry("[Content_Types].xml") != null
                    && zip.stream().anyMatch(e -> e.getName().startsWith(folder));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Text is UTF-8 (a BOM allowed) or, as many documents of Chinese offices are, GB18030; it holds
     * no NUL and few other control characters. A binary file fails one of these almost surely.
     */
    private static Optional<String> textCharset(byte[] content) {
        int controls = 0;
        for (byte b : content) {
            if (b == 0) {
                return Optional.empty();
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > content.length / 100) {
            return Optional.empty();
        }
        if (decodes(content, StandardCharsets.UTF_8)) {
            return Optional.of("UTF-8");
        }
        return decodes(content, GB18030) ? Optional.of("GB18030") : Optional.empty();
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
