package org.attrib.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * One CSV row per quote and claim, for spreadsheets: RFC 4180 (fields with commas, quotes or
 * line breaks in double quotes, quotes doubled, CRLF between records), UTF-8, optionally with a
 * byte order mark so that Excel detects the encoding. Speaker mentions are not rows; they appear
 * as the {@code via} text of what was attributed through them.
 */
public final class CsvExporter implements Exporter {

    public static final List<String> HEADER = List.of(
            "file", "id", "type", "form", "speaker", "speaker_id", "text", "start", "end", "via",
            "check_worthy", "note", "pending");

    private static final String RECORD_END = "\r\n";

    private final Writer out;

    /** Starts the export with its header row; {@code bom} writes a UTF-8 byte order mark first. */
    public CsvExporter(OutputStream stream, boolean bom) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        if (bom) {
            out.write('\uFEFF');
        }
        writeRecord(HEADER);
    }

    @Override
    public List<String> export(ExportDocument doc) throws IOException {
        for (Annotation a : doc.annotations()) {
            if (a.type() == AnnotationType.SPEAKER) {
                continue;
            }
            String speaker = doc.entityOf(a).map(Entity::name).orElse("");
            String via = doc.annotation(a.viaId()).map(doc::textOf).orElse("");
            writeRecord(Arrays.asList(
                    doc.name(), a.id(), a.type().id(), a.form() == null ? "" : a.form().id(),
                    speaker, a.speakerId() == null ? "" : a.speakerId(), doc.textOf(a),
                    Integer.toString(a.start()), Integer.toString(a.end()), via,
                    a.checkWorthy() == null ? "" : a.checkWorthy().toString(),
                    a.note() == null ? "" : a.note(), Boolean.toString(a.pending())));
        }
        return LostInExport.orphans(doc);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void writeRecord(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(RECORD_END);
    }

    /** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
