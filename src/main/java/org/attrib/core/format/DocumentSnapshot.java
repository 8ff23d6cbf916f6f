package org.attrib.core.format;

import java.util.ArrayList;
import java.util.List;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * An immutable copy of a document's annotations, taken on the thread that owns the document,
 * so that it can be written to disk on another.
 */
public record DocumentSnapshot(
        SourceText source,
        DocumentStatus status,
        List<Entity> entities,
        List<Annotation> annotations,
        List<StoredAnnotation> orphans) {

    public DocumentSnapshot {
        entities = List.copyOf(entities);
        annotations = List.copyOf(annotations);
        orphans = List.copyOf(orphans);
    }

    public static DocumentSnapshot of(AnnotatedDocument doc) {
        return new DocumentSnapshot(doc.source(), doc.status(), new ArrayList<>(doc.entities()), doc.annotations(), doc.orphans());
    }
}
