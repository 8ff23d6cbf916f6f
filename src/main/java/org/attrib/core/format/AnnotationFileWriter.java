package org.attrib.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.attrib.core.jsonfile.PrettyJson;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Writes a document snapshot as an annotation file: pretty-printed, LF line endings, fields in a
 * fixed order, entities by id and annotations by start, end and id, so that files diff and merge
 * well in version control. Streams with Jackson's generator, without an intermediate tree.
 */
public final class AnnotationFileWriter {

    /** Emoji are written as themselves, not as escaped surrogate pairs, so that files read well. */
    private static final JsonFactory JSON = PrettyJson.utf8Factory();

    private AnnotationFileWriter() {
    }

    public static byte[] toBytes(DocumentSnapshot snapshot) {
        return PrettyJson.toBytes(JSON, sizeHint(snapshot), g -> write(g, snapshot));
    }

    /** Writes the file's bytes, as {@link #toBytes} gives them, to {@code out}, which stays open. */
    public static void write(DocumentSnapshot snapshot, OutputStream out) throws IOException {
        PrettyJson.write(JSON, out, g -> write(g, snapshot));
    }

    /** About how many bytes the file of {@code snapshot} takes. */
    public static int sizeHint(DocumentSnapshot snapshot) {
        return 64 * 1024 + snapshot.annotations().size() * 256;
    }

    private static void write(JsonGenerator g, DocumentSnapshot s) throws IOException {
        SourceText src = s.source();
        g.writeStartObject();
        g.writeStringField("format", AnnotationFormat.NAME);
        g.writeNumberField("version", AnnotationFormat.VERSION);
        g.writeObjectFieldStart("source");
        g.writeStringField("file", src.fileName());
        g.writeStringField("sha256", src.sha256());
        g.writeNumberField("length", src.length());
        g.writeEndObject();
        g.writeStringField("status", s.status().id());

        g.writeArrayFieldStart("entities");
        List<Entity> entities = new ArrayList<>(s.entities());
        entities.sort(Comparator.comparing(Entity::id));
        for (Entity e : entities) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeStringField("kind", e.kind().id());
            if (e.named()) {
                g.writeBooleanField("named", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("annotations");
        List<Annotation> annotations = new ArrayList<>(s.annotations());
        annotations.sort(Annotation.DOCUMENT_ORDER);
        for (Annotation a : annotations) {
            writeAnnotation(g, a, src.slice(a.start(), a.end()),
                    src.slice(Math.max(0, a.start() - AnnotationFormat.CONTEXT), a.start()),
                    src.slice(a.end(), Math.min(src.length(), a.end() + AnnotationFormat.CONTEXT)));
        }
        g.writeEndArray();

        if (!s.orphans().isEmpty()) {
            g.writeArrayFieldStart("orphans");
            List<StoredAnnotation> orphans = new ArrayList<>(s.orphans());
            orphans.sort(Comparator.comparing(StoredAnnotation::annotation, Annotation.DOCUMENT_ORDER));
            for (StoredAnnotation o : orphans) {
                writeAnnotation(g, o.annotation(), o.text(), o.prefix(), o.suffix());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a, String text, String prefix, String suffix)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("type", a.type().id());
        g.writeNumberField("start", a.start());
        g.writeNumberField("end", a.end());
        g.writeStringField("text", text);
        g.writeStringField("prefix", prefix);
        g.writeStringField("suffix", suffix);
        if (a.type() == AnnotationType.SPEAKER && a.entityId() != null) {
            g.writeStringField("entity", a.entityId());
        }
        if (a.speakerId() != null) {
            g.writeStringField("speaker", a.speakerId());
        }
        if (a.viaId() != null) {
            g.writeStringField("via", a.viaId());
        }
        if (a.form() != null) {
            g.writeStringField("form", a.form().id());
        }
        if (a.checkWorthy() != null) {
            g.writeBooleanField("checkWorthy", a.checkWorthy());
        }
        if (a.note() != null) {
            g.writeStringField("note", a.note());
        }
        if (a.pending()) {
            g.writeBooleanField("pending", true);
        }
        if (a.confidence() != null) {
            // Annotation keeps it to two decimals, which print as such ("0.73").
            g.writeNumberField("confidence", a.confidence().doubleValue());
        }
        if (a.reason() != null) {
            g.writeStringField("reason", a.reason());
        }
        g.writeEndObject();
    }
}
