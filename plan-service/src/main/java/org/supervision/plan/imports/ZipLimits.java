package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A .docx or .xlsx is a zip, and Apache POI unpacks every entry of it into memory before it reads
 * one. POI's own guard (ZipSecureFile) looks at one entry at a time: a 6 MB .docx holding a dozen
 * entries of 60 MB each passed it and ran the service out of memory (a 500). This unpacks the zip
 * once, counting and keeping nothing, and refuses it at the first sign of a bomb, before POI opens it.
 */
final class ZipLimits {

    /**
     * Plan documents unpack to a few MB: text and tables are small, and images are stored packed
     * already (they unpack to about their own size, and the body is at most 12 MB).
     */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** Office XML packs 10 to 50 times; past 200 times (POI's own 0.005) it is padding, not a document. */
    static final int MAX_RATIO = 200;
    /** Small parts may pack better than any ratio (a part of spaces); they cost nothing either. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    /** java.util.zip.ZipInputStream's push-back buffer: bytes it may hold of an entry before the entry begins. */
    private static final int READ_AHEAD_BYTES = 512;

    private ZipLimits() {
    }

    /**
     * Refuses {@code zip} when an entry unpacks to more than {@link #MAX_RATIO} times its packed size
     * ({@code zip-bomb}) or the whole to more than {@link #MAX_UNPACKED_BYTES} or {@link #MAX_ENTRIES}
     * entries ({@code document-too-large}). A zip this reader cannot walk is left to POI, which says
     * it is damaged in its own words.
     */
    static void check(byte[] zip, DocumentFormat format) {
        Counting packed = new Counting(new ByteArrayInputStream(zip));
        try (ZipInputStream entries = new ZipInputStream(packed)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int count = 0;
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw tooLarge(format, "more than " + MAX_ENTRIES + " parts");
                }
                long packedStart = packed.count;
                long unpacked = 0;
                for (int n = entries.read(buffer); n > 0; n = entries.read(buffer)) {
                    unpacked += n;
                    total += n;
                    if (unpacked > RATIO_GRACE_BYTES && unpacked > MAX_RATIO * packedSoFar(entry, packed.count - packedStart)) {
                        throw new UnreadableDocumentException("zip-bomb", "The ." + format.extension() + " file's part '"
                                + entry.getName() + "' unpacks to more than " + MAX_RATIO + " times its packed size: "
                                + "a zip bomb, not a document. Nothing was stored.");
                    }
                    if (total > MAX_UNPACKED_BYTES) {
                        throw tooLarge(format, "more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // damaged, or a layout java.util.zip does not walk: POI reads it or refuses it itself
        }
    }

    /**
     * The entry's packed size as its header states it; a zip written as a stream states none, and
     * then what the reader has taken since the entry began, plus what it may have read ahead of it.
     */
    private static long packedSoFar(ZipEntry entry, long counted) {
        return entry.getCompressedSize() > 0 ? entry.getCompressedSize() : counted + READ_AHEAD_BYTES;
    }

    private static UnreadableDocumentException tooLarge(DocumentFormat format, String what) {
        return new UnreadableDocumentException("document-too-large", "The ." + format.extension() + " file unpacks to "
                + what + "; a plan document is far smaller. Save it without embedded media, or split it. Nothing was stored.");
    }

    /** How many packed bytes the zip reader has taken so far. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
