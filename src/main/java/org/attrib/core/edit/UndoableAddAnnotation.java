package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;

/** Adds one annotation. */
public final class UndoableAddAnnotation implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Annotation annotation;
    private final String description;

    public UndoableAddAnnotation(AnnotatedDocument document, Annotation annotation, String description) {
        this.document = document;
        this.annotation = annotation;
        this.description = description;
    }

    @Override
    public void redo() {
        document.put(annotation);
    }

    @Override
    public void undo() {
        document.remove(annotation.id());
    }

    @Override
    public String description() {
        return description;
    }

    public Annotation annotation() {
        return annotation;
    }
}
