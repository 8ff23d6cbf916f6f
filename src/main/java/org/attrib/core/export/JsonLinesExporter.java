package org.attrib.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;

/**
 * One JSON document per line and per article, for data pipelines: the article's name, SHA-256,
 * full text and status, its speaker entities and its annotations with their text. Every
 * annotation has every field (null where it does not apply), so that the lines load into a
 * table without guessing columns. Offsets are code points into {@code text}.
 */
public final class JsonLinesExporter implements Exporter {

    private final OutputStream out;

    public JsonLinesExporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public List<String> export(ExportDocument doc) throws IOException {
        DocumentSnapshot s = doc.snapshot();
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("file", doc.name());
            g.writeStringField("sha256", s.source().sha256());
            g.writeNumberField("length", s.source().length());
            g.writeStringField("status", s.status().id());
            g.writeStringField("text", s.source().text());
            g.writeArrayFieldStart("entities");
            for (Entity e : s.entities()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("name", e.name());
                g.writeStringField("kind", e.kind().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("annotations");
            for (Annotation a : doc.annotations()) {
                writeAnnotation(g, doc, a);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return LostInExport.orphans(doc);
    }

    private static void writeAnnotation(JsonGenerator g, ExportDocument doc, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("type", a.type().id());
        g.writeNumberField("start", a.start());
        g.writeNumberField("end", a.end());
        g.writeStringField("text", doc.textOf(a));
        JsonOutput.stringOrNull(g, "entity", a.entityId());
        JsonOutput.stringOrNull(g, "speaker", a.speakerId());
        JsonOutput.stringOrNull(g, "speakerName", a.type().isAttributable() ? doc.entityOf(a).map(Entity::name).orElse(null) : null);
        // A mention kept as an orphan is not exported: a link to it would lead nowhere.
        JsonOutput.stringOrNull(g, "via", a.viaId() != null && doc.annotation(a.viaId()).isPresent() ? a.viaId() : null);
        JsonOutput.stringOrNull(g, "form", a.form() == null ? null : a.form().id());
        if (a.checkWorthy() == null) {
            g.writeNullField("checkWorthy");
        } else {
            g.writeBooleanField("checkWorthy", a.checkWorthy());
        }
        JsonOutput.stringOrNull(g, "note", a.note());
        g.writeBooleanField("pending", a.pending());
        g.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
