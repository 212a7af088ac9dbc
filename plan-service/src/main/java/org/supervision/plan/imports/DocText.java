package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.converter.WordToTextConverter;

/**
 * Reads a Word 97–2003 .doc (or a .wps saved in Word's format) through Apache POI's HWPF.
 * WordToTextConverter writes list numbers as Word shows them (the format keeps the numbering
 * definitions), one paragraph per line and table rows with tab-separated cells.
 */
final class DocText {

    private DocText() {
    }

    static DocumentText.Read read(byte[] bytes, DocumentFormat format, List<DocumentText.Note> notes) {
        String text;
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            text = WordToTextConverter.getText(doc);
        } catch (Exception e) {
            throw new UnreadableDocumentException("document-format", "The ." + format.extension()
                    + " file cannot be read: it is damaged, or not a Word 97–2003 document.", e);
        }
        SourceLines out = new SourceLines();
        int paragraph = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            out.add(line.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", ""), "paragraph " + (++paragraph));
        }
        return new DocumentText.Read(out.text(), format, notes, null, out.locations());
    }
}
