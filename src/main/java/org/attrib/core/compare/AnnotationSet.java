package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.List;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;

/** One side of a comparison: a source text, the annotations on it, and its speaker entities. */
public record AnnotationSet(SourceText source, List<Annotation> annotations, List<Entity> entities) {

    public AnnotationSet {
        annotations = List.copyOf(annotations);
        entities = List.copyOf(entities);
    }

    /** A document's annotations; with {@code includePending} false, suggestions not yet accepted are left out. */
    public static AnnotationSet of(AnnotatedDocument doc, boolean includePending) {
        List<Annotation> list = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (includePending || !a.pending()) {
                list.add(a);
            }
        }
        return new AnnotationSet(doc.source(), list, new ArrayList<>(doc.entities()));
    }

    /** The annotations of one type, in document order. */
    public List<Annotation> ofType(AnnotationType type) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.type() == type) {
                out.add(a);
            }
        }
        return out;
    }
}
